using Advisor.Storage.Sql;
using Dapper;

namespace Advisor.Storage.Reports;

/// <summary>SQL implementation of <see cref="IReportArchive"/>; saving an existing id replaces it.</summary>
internal sealed class ReportArchive(ISqlDialect dialect) : IReportArchive
{
    private const string Columns = "id, generated_at, period_start, period_end, run_id, markdown, html, csv, json";

    public async Task SaveAsync(ReportRecord report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO reports (" + Columns + ") VALUES (@Id, @GeneratedAt, @PeriodStart, @PeriodEnd, @RunId, @Markdown, @Html, @Csv, @Json) "
            + "ON CONFLICT (id) DO UPDATE SET generated_at = excluded.generated_at, period_start = excluded.period_start, "
            + "period_end = excluded.period_end, run_id = excluded.run_id, markdown = excluded.markdown, html = excluded.html, "
            + "csv = excluded.csv, json = excluded.json",
            new
            {
                report.Id,
                GeneratedAt = dialect.Time(report.GeneratedAt),
                PeriodStart = dialect.Time(report.PeriodStart),
                PeriodEnd = dialect.Time(report.PeriodEnd),
                report.RunId,
                report.Markdown,
                report.Html,
                report.Csv,
                report.Json,
            },
            cancellationToken: cancellationToken));
    }

    public async Task<ReportRecord?> GetLatestAsync(CancellationToken cancellationToken = default)
    {
        var latest = await ListAsync(1, cancellationToken);
        return latest.Count == 0 ? null : latest[0];
    }

    public async Task<ReportRecord?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ReportRow>(new CommandDefinition(
            "SELECT " + Columns + " FROM reports WHERE id = @id", new { id }, cancellationToken: cancellationToken));
        return row?.ToRecord();
    }

    public async Task<IReadOnlyList<ReportRecord>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ReportRow>(new CommandDefinition(
            "SELECT " + Columns + " FROM reports ORDER BY generated_at DESC, id DESC LIMIT @limit", new { limit }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToRecord())];
    }

    /// <summary>One <c>reports</c> row as read by Dapper.</summary>
    private sealed class ReportRow
    {
        public string id { get; set; } = "";
        public object generated_at { get; set; } = "";
        public object period_start { get; set; } = "";
        public object period_end { get; set; } = "";
        public string? run_id { get; set; }
        public string markdown { get; set; } = "";
        public string html { get; set; } = "";
        public string csv { get; set; } = "";
        public string json { get; set; } = "";

        public ReportRecord ToRecord() => new(
            id, DbValues.ReadTime(generated_at), DbValues.ReadTime(period_start), DbValues.ReadTime(period_end), run_id, markdown, html, csv, json);
    }
}
