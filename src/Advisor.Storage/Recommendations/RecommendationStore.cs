using Advisor.Storage.Sql;
using Dapper;

namespace Advisor.Storage.Recommendations;

/// <summary>SQL implementation of <see cref="IRecommendationStore"/> shared by SQLite and PostgreSQL.</summary>
internal sealed class RecommendationStore(ISqlDialect dialect, decimal dismissedReturnFactor) : IRecommendationStore
{
    private readonly RecommendationMerger _merger = new(dialect, dismissedReturnFactor);

    public Task<MergeOutcome> MergeAsync(RunMerge run, CancellationToken cancellationToken = default) => _merger.MergeAsync(run, cancellationToken);

    public async Task<RecommendationPage> QueryAsync(RecommendationQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit);
        var (where, parameters) = RecommendationFilter.Build(query, dialect);
        parameters.Add("Limit", query.Limit);
        parameters.Add("Offset", query.Offset);
        var sql = "SELECT " + RecommendationRow.Columns + " FROM recommendations" + where
            + " ORDER BY " + RecommendationFilter.OrderBy(query.Sort, dialect) + " LIMIT @Limit OFFSET @Offset";

        await using var connection = await dialect.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM recommendations" + where, parameters, cancellationToken: cancellationToken));
        var rows = await connection.QueryAsync<RecommendationRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return new RecommendationPage([.. rows.Select(r => r.ToStored())], checked((int)total));
    }

    public async Task<StoredRecommendation?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<RecommendationRow>(new CommandDefinition(
            "SELECT " + RecommendationRow.Columns + " FROM recommendations WHERE id = @id", new { id }, cancellationToken: cancellationToken));
        return row?.ToStored();
    }

    public async Task<IReadOnlyList<RecommendationEvent>> HistoryAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<RecommendationEventRow>(new CommandDefinition(
            "SELECT " + RecommendationEventRow.Columns + " FROM recommendation_events WHERE recommendation_id = @id ORDER BY sequence",
            new { id }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToEvent())];
    }

    public Task<StoredRecommendation?> DecideAsync(string id, Decision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return ChangeAsync(id, decision.At, decision.Actor, RecommendationEventKind.Decided, current => RecommendationLifecycle.Decide(current, decision), cancellationToken);
    }

    public Task<StoredRecommendation?> SetOutcomeAsync(string id, RecommendationStatus status, string actor, DateTimeOffset at, string? note, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var kind = status == RecommendationStatus.Applied ? RecommendationEventKind.Applied : RecommendationEventKind.Verified;
        return ChangeAsync(id, at, actor, kind, current => RecommendationLifecycle.Outcome(current, status, note), cancellationToken);
    }

    /// <summary>Events with <paramref name="since"/> &lt;= At &lt; <paramref name="until"/>, in time order.</summary>
    public async Task<IReadOnlyList<RecommendationEvent>> EventsBetweenAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<RecommendationEventRow>(new CommandDefinition(
            "SELECT " + RecommendationEventRow.Columns + " FROM recommendation_events WHERE at >= @Since AND at < @Until ORDER BY at, sequence",
            new { Since = dialect.Time(since), Until = dialect.Time(until) }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => r.ToEvent())];
    }

    private async Task<StoredRecommendation?> ChangeAsync(string id, DateTimeOffset at, string actor, RecommendationEventKind kind, Func<StoredRecommendation, StatusChange> rule, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken);
        var writer = new RecommendationWriter(dialect, connection, transaction, cancellationToken);
        if (await writer.GetAsync(id) is not { } current)
        {
            return null;
        }

        var change = rule(current);
        await writer.UpdateStatusAsync(id, change.To, change.SnoozedUntil, change.DismissedSavings, null, at);
        await writer.AppendEventAsync(id, at, actor, kind, current.Status, change.To, current.MonthlySavings, null, change.Note);
        var updated = await writer.GetAsync(id);
        await transaction.CommitAsync(cancellationToken);
        return updated;
    }
}
