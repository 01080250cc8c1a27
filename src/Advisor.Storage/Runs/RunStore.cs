using System.Text.Json;
using Advisor.Storage.Sql;
using Dapper;

namespace Advisor.Storage.Runs;

/// <summary>SQL implementation of <see cref="IRunStore"/>; scopes are kept as JSON.</summary>
internal sealed class RunStore(ISqlDialect dialect) : IRunStore
{
    private const string Columns =
        "id, started_at, finished_at, state, trigger, requested_by, scopes_json, recommendations, created, resolved, total_monthly_savings, error";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task StartAsync(RunRecord run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO runs (" + Columns + ") VALUES (@Id, @StartedAt, @FinishedAt, @State, @Trigger, @RequestedBy, @ScopesJson, "
            + "@Recommendations, @Created, @Resolved, @TotalMonthlySavings, @Error)",
            Parameters(run), cancellationToken: cancellationToken));
    }

    public async Task UpdateAsync(RunRecord run, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE runs SET started_at = @StartedAt, finished_at = @FinishedAt, state = @State, trigger = @Trigger, requested_by = @RequestedBy, "
            + "scopes_json = @ScopesJson, recommendations = @Recommendations, created = @Created, resolved = @Resolved, "
            + "total_monthly_savings = @TotalMonthlySavings, error = @Error WHERE id = @Id",
            Parameters(run), cancellationToken: cancellationToken));
        if (rows == 0)
        {
            throw new InvalidOperationException("Run " + run.Id + " was never started, so it cannot be updated.");
        }
    }

    public async Task<RunRecord?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<RunRow>(new CommandDefinition(
            "SELECT " + Columns + " FROM runs WHERE id = @id", new { id }, cancellationToken: cancellationToken));
        return row?.ToRecord();
    }

    public async Task<IReadOnlyList<RunRecord>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<RunRow>(new CommandDefinition(
            "SELECT " + Columns + " FROM runs ORDER BY started_at DESC, id DESC LIMIT @limit", new { limit }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToRecord())];
    }

    public async Task<int> AbandonRunningAsync(DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE runs SET state = @Abandoned, finished_at = @At, error = COALESCE(error, @Error) WHERE state = @Running",
            new
            {
                Abandoned = nameof(RunState.Abandoned),
                Running = nameof(RunState.Running),
                At = dialect.Time(at),
                Error = "the process stopped before the run finished",
            },
            cancellationToken: cancellationToken));
    }

    private object Parameters(RunRecord run) => new
    {
        run.Id,
        StartedAt = dialect.Time(run.StartedAt),
        FinishedAt = dialect.Time(run.FinishedAt),
        State = run.State.ToString(),
        run.Trigger,
        run.RequestedBy,
        ScopesJson = JsonSerializer.Serialize(run.Scopes, Json),
        run.Recommendations,
        run.Created,
        run.Resolved,
        TotalMonthlySavings = dialect.Money(run.TotalMonthlySavings),
        run.Error,
    };

    /// <summary>One <c>runs</c> row as read by Dapper.</summary>
    private sealed class RunRow
    {
        public string id { get; set; } = "";
        public object started_at { get; set; } = "";
        public object? finished_at { get; set; }
        public string state { get; set; } = "";
        public string trigger { get; set; } = "";
        public string requested_by { get; set; } = "";
        public string scopes_json { get; set; } = "[]";
        public int recommendations { get; set; }
        public int created { get; set; }
        public int resolved { get; set; }
        public object total_monthly_savings { get; set; } = 0m;
        public string? error { get; set; }

        public RunRecord ToRecord() => new()
        {
            Id = id,
            StartedAt = DbValues.ReadTime(started_at),
            FinishedAt = DbValues.ReadTimeOrNull(finished_at),
            State = DbValues.ReadEnum<RunState>(state),
            Trigger = trigger,
            RequestedBy = requested_by,
            Scopes = JsonSerializer.Deserialize<List<ScopeRunSummary>>(scopes_json, Json) ?? [],
            Recommendations = recommendations,
            Created = created,
            Resolved = resolved,
            TotalMonthlySavings = DbValues.ReadMoney(total_monthly_savings),
            Error = error,
        };
    }
}
