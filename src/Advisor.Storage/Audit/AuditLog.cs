using Advisor.Storage.Sql;
using Dapper;

namespace Advisor.Storage.Audit;

/// <summary>SQL implementation of <see cref="IAuditLog"/>; the database assigns <see cref="AuditEntry.Sequence"/>.</summary>
internal sealed class AuditLog(ISqlDialect dialect) : IAuditLog
{
    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO audit (at, actor, role, operation, target, outcome, detail) VALUES (@At, @Actor, @Role, @Operation, @Target, @Outcome, @Detail)",
            new { At = dialect.Time(entry.At), entry.Actor, entry.Role, entry.Operation, entry.Target, entry.Outcome, entry.Detail },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<AuditEntry>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AuditRow>(new CommandDefinition(
            "SELECT sequence, at, actor, role, operation, target, outcome, detail FROM audit ORDER BY sequence DESC LIMIT @limit",
            new { limit }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new AuditEntry(r.sequence, DbValues.ReadTime(r.at), r.actor, r.role, r.operation, r.target, r.outcome, r.detail))];
    }

    /// <summary>One <c>audit</c> row as read by Dapper.</summary>
    private sealed class AuditRow
    {
        public long sequence { get; set; }
        public object at { get; set; } = "";
        public string actor { get; set; } = "";
        public string role { get; set; } = "";
        public string operation { get; set; } = "";
        public string target { get; set; } = "";
        public string outcome { get; set; } = "";
        public string? detail { get; set; }
    }
}
