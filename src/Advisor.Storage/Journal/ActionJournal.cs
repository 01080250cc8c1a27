using Advisor.Storage.Sql;
using Dapper;

namespace Advisor.Storage.Journal;

/// <summary>
/// SQL implementation of <see cref="IActionJournal"/>. Planning relies on the unique index on the idempotency key
/// (<c>ON CONFLICT DO NOTHING</c>), so two replicas planning the same action race safely; transitions are a compare-and-set on state.
/// </summary>
internal sealed class ActionJournal(ISqlDialect dialect) : IActionJournal
{
    private const string InsertSql =
        "INSERT INTO journal (" + JournalRow.Columns + ") VALUES (@Id, @IdempotencyKey, @RecommendationId, @ActionKind, @ResourceId, "
        + "@ResourceArn, @ResourceType, @Account, @Region, @State, @MonthlySavings, @DryRun, @PlannedAt, @NotBefore, @ApprovalRequired, "
        + "@ApprovedBy, @ApprovedAt, @StartedAt, @CompletedAt, @Reason, @RollbackJson, @UpdatedAt) ON CONFLICT DO NOTHING";

    private const string TransitionSql =
        "UPDATE journal SET recommendation_id = @RecommendationId, action_kind = @ActionKind, resource_id = @ResourceId, "
        + "resource_arn = @ResourceArn, resource_type = @ResourceType, account = @Account, region = @Region, state = @State, "
        + "monthly_savings = @MonthlySavings, dry_run = @DryRun, planned_at = @PlannedAt, not_before = @NotBefore, "
        + "approval_required = @ApprovalRequired, approved_by = @ApprovedBy, approved_at = @ApprovedAt, started_at = @StartedAt, "
        + "completed_at = @CompletedAt, reason = @Reason, rollback_json = @RollbackJson, updated_at = @UpdatedAt "
        + "WHERE id = @Id AND state = @Expected";

    public async Task<(JournalEntry Entry, bool Created)> PlanAsync(JournalEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(InsertSql, Parameters(entry), cancellationToken: cancellationToken));
        var stored = await connection.QuerySingleOrDefaultAsync<JournalRow>(new CommandDefinition(
            "SELECT " + JournalRow.Columns + " FROM journal WHERE idempotency_key = @IdempotencyKey",
            new { entry.IdempotencyKey }, cancellationToken: cancellationToken))
            ?? throw new InvalidOperationException(
                "Journal entry " + entry.Id + " already exists with another idempotency key; journal ids must be unique.");
        return (stored.ToEntry(), inserted == 1);
    }

    public async Task<bool> TransitionAsync(JournalEntry updated, JournalState expected, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updated);
        var parameters = new DynamicParameters(Parameters(updated));
        parameters.Add("Expected", expected.ToString());
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = await connection.ExecuteAsync(new CommandDefinition(TransitionSql, parameters, cancellationToken: cancellationToken));
        return rows == 1;
    }

    public async Task<JournalEntry?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<JournalRow>(new CommandDefinition(
            "SELECT " + JournalRow.Columns + " FROM journal WHERE id = @id", new { id }, cancellationToken: cancellationToken));
        return row?.ToEntry();
    }

    public async Task<IReadOnlyList<JournalEntry>> ListAsync(IReadOnlyCollection<JournalState>? states, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var filtered = states is { Count: > 0 };
        var sql = "SELECT " + JournalRow.Columns + " FROM journal" + (filtered ? " WHERE " + dialect.InList("state", "States") : "")
            + " ORDER BY planned_at DESC, id DESC LIMIT @Limit";
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<JournalRow>(new CommandDefinition(
            sql, new { States = states?.Select(s => s.ToString()).ToArray() ?? [], Limit = limit }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToEntry())];
    }

    private object Parameters(JournalEntry e) => new
    {
        e.Id,
        e.IdempotencyKey,
        e.RecommendationId,
        e.ActionKind,
        ResourceId = e.Resource.Id,
        ResourceArn = e.Resource.Arn,
        ResourceType = e.Resource.Type,
        e.Resource.Account,
        e.Resource.Region,
        State = e.State.ToString(),
        MonthlySavings = dialect.Money(e.MonthlySavings),
        e.DryRun,
        PlannedAt = dialect.Time(e.PlannedAt),
        NotBefore = dialect.Time(e.NotBefore),
        e.ApprovalRequired,
        e.ApprovedBy,
        ApprovedAt = dialect.Time(e.ApprovedAt),
        StartedAt = dialect.Time(e.StartedAt),
        CompletedAt = dialect.Time(e.CompletedAt),
        e.Reason,
        e.RollbackJson,
        UpdatedAt = dialect.Time(e.UpdatedAt),
    };
}
