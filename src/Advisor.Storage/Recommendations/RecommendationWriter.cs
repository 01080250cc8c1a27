using System.Data.Common;
using Advisor.Core.Domain;
using Advisor.Storage.Sql;
using Dapper;

namespace Advisor.Storage.Recommendations;

/// <summary>The writes on <c>recommendations</c> and <c>recommendation_events</c>, always inside the caller's transaction.</summary>
internal sealed class RecommendationWriter(ISqlDialect dialect, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
{
    private const string InsertSql =
        "INSERT INTO recommendations (" + RecommendationRow.Columns + ") VALUES (@Id, @AnalyzerId, @ResourceId, @ResourceArn, @ResourceType, "
        + "@Account, @Region, @Action, @Summary, @MonthlySavings, @CostBasis, @Confidence, @Risk, @Effort, @Priority, @Score, @Team, @Status, "
        + "@SnoozedUntil, @DismissedSavings, @FirstSeenRunId, @LastSeenRunId, @FirstSeenAt, @LastSeenAt, @ResolvedAt, @UpdatedAt, @DocumentJson)";

    private const string UpdateProducedSql =
        "UPDATE recommendations SET analyzer_id = @AnalyzerId, resource_id = @ResourceId, resource_arn = @ResourceArn, resource_type = @ResourceType, "
        + "account = @Account, region = @Region, action = @Action, summary = @Summary, monthly_savings = @MonthlySavings, cost_basis = @CostBasis, "
        + "confidence = @Confidence, risk = @Risk, effort = @Effort, priority = @Priority, score = @Score, team = @Team, status = @Status, "
        + "snoozed_until = @SnoozedUntil, dismissed_savings = @DismissedSavings, last_seen_run_id = @LastSeenRunId, last_seen_at = @LastSeenAt, "
        + "resolved_at = @ResolvedAt, updated_at = @UpdatedAt, document_json = @DocumentJson WHERE id = @Id";

    private const string UpdateStatusSql =
        "UPDATE recommendations SET status = @Status, snoozed_until = @SnoozedUntil, dismissed_savings = @DismissedSavings, "
        + "resolved_at = @ResolvedAt, updated_at = @UpdatedAt WHERE id = @Id";

    private const string InsertEventSql =
        "INSERT INTO recommendation_events (recommendation_id, at, actor, kind, from_status, to_status, monthly_savings, run_id, note) "
        + "VALUES (@RecommendationId, @At, @Actor, @Kind, @FromStatus, @ToStatus, @MonthlySavings, @RunId, @Note)";

    public Task InsertAsync(StoredRecommendation r) => ExecuteAsync(InsertSql, FullParameters(r));

    /// <summary>Replaces the figures and document of a recommendation produced again, with its (possibly new) status.</summary>
    public Task UpdateProducedAsync(StoredRecommendation r) => ExecuteAsync(UpdateProducedSql, FullParameters(r));

    public Task UpdateStatusAsync(string id, RecommendationStatus status, DateTimeOffset? snoozedUntil, decimal? dismissedSavings, DateTimeOffset? resolvedAt, DateTimeOffset at) =>
        ExecuteAsync(UpdateStatusSql, new
        {
            Id = id,
            Status = status.ToString(),
            SnoozedUntil = dialect.Time(snoozedUntil),
            DismissedSavings = dialect.Money(dismissedSavings),
            ResolvedAt = dialect.Time(resolvedAt),
            UpdatedAt = dialect.Time(at),
        });

    public Task AppendEventAsync(string id, DateTimeOffset at, string actor, RecommendationEventKind kind, RecommendationStatus? from, RecommendationStatus to, decimal? savings, string? runId, string? note) =>
        ExecuteAsync(InsertEventSql, new
        {
            RecommendationId = id,
            At = dialect.Time(at),
            Actor = actor,
            Kind = kind.ToString(),
            FromStatus = from?.ToString(),
            ToStatus = to.ToString(),
            MonthlySavings = dialect.Money(savings),
            RunId = runId,
            Note = note,
        });

    public async Task<StoredRecommendation?> GetAsync(string id)
    {
        var row = await connection.QuerySingleOrDefaultAsync<RecommendationRow>(new CommandDefinition(
            "SELECT " + RecommendationRow.Columns + " FROM recommendations WHERE id = @id", new { id }, transaction, cancellationToken: cancellationToken));
        return row?.ToStored();
    }

    private object FullParameters(StoredRecommendation r) => new
    {
        r.Id,
        r.AnalyzerId,
        ResourceId = r.Resource.Id,
        ResourceArn = r.Resource.Arn,
        ResourceType = r.Resource.Type,
        r.Resource.Account,
        r.Resource.Region,
        r.Action,
        r.Summary,
        MonthlySavings = dialect.Money(r.MonthlySavings),
        CostBasis = r.CostBasis.ToString(),
        Confidence = r.Confidence.ToString(),
        r.Risk,
        Effort = r.Effort.ToString(),
        Priority = r.Priority.ToString(),
        Score = dialect.Money(r.Score),
        r.Team,
        Status = r.Status.ToString(),
        SnoozedUntil = dialect.Time(r.SnoozedUntil),
        DismissedSavings = dialect.Money(r.DismissedSavings),
        r.FirstSeenRunId,
        r.LastSeenRunId,
        FirstSeenAt = dialect.Time(r.FirstSeenAt),
        LastSeenAt = dialect.Time(r.LastSeenAt),
        ResolvedAt = dialect.Time(r.ResolvedAt),
        UpdatedAt = dialect.Time(r.UpdatedAt),
        r.DocumentJson,
    };

    private Task<int> ExecuteAsync(string sql, object parameters) =>
        connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
}

/// <summary>Builds the stored form of a produced recommendation.</summary>
internal static class MergeItemMapping
{
    public static StoredRecommendation ToStored(this MergeItem item, RunMerge run, RecommendationStatus status) => new()
    {
        Id = item.Recommendation.Id,
        AnalyzerId = item.Recommendation.Finding.AnalyzerId,
        Resource = item.Recommendation.Finding.Resource,
        Action = item.Recommendation.Finding.Action,
        Summary = item.Recommendation.Finding.Summary,
        MonthlySavings = item.Recommendation.Finding.Savings?.Amount ?? 0m,
        CostBasis = item.Recommendation.Finding.Savings?.Basis ?? CostBasis.ListOnDemand,
        Confidence = item.Recommendation.Finding.Confidence,
        Risk = item.Recommendation.Finding.Risk,
        Effort = item.Recommendation.Finding.Effort,
        Priority = item.Recommendation.Priority,
        Score = item.Recommendation.Score,
        Team = item.Team,
        Status = status,
        FirstSeenRunId = run.RunId,
        LastSeenRunId = run.RunId,
        FirstSeenAt = run.At,
        LastSeenAt = run.At,
        UpdatedAt = run.At,
        DocumentJson = item.DocumentJson,
    };
}
