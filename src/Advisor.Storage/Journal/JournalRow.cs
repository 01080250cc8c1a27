using Advisor.Core.Domain;
using Advisor.Storage.Sql;

namespace Advisor.Storage.Journal;

/// <summary>One <c>journal</c> row as read by Dapper.</summary>
/// <remarks>Why lower_case properties: Dapper maps column names verbatim, and turning on its global MatchNamesWithUnderscores would change mapping for every other Dapper user in the process (Hangfire's storages).</remarks>
internal sealed class JournalRow
{
    public const string Columns =
        "id, idempotency_key, recommendation_id, action_kind, resource_id, resource_arn, resource_type, account, region, state, "
        + "monthly_savings, dry_run, planned_at, not_before, approval_required, approved_by, approved_at, started_at, completed_at, "
        + "reason, rollback_json, updated_at";

    public string id { get; set; } = "";
    public string idempotency_key { get; set; } = "";
    public string recommendation_id { get; set; } = "";
    public string action_kind { get; set; } = "";
    public string resource_id { get; set; } = "";
    public string resource_arn { get; set; } = "";
    public string resource_type { get; set; } = "";
    public string account { get; set; } = "";
    public string region { get; set; } = "";
    public string state { get; set; } = "";
    public object monthly_savings { get; set; } = 0m;
    public bool dry_run { get; set; }
    public object planned_at { get; set; } = "";
    public object? not_before { get; set; }
    public bool approval_required { get; set; }
    public string? approved_by { get; set; }
    public object? approved_at { get; set; }
    public object? started_at { get; set; }
    public object? completed_at { get; set; }
    public string? reason { get; set; }
    public string? rollback_json { get; set; }
    public object updated_at { get; set; } = "";

    public JournalEntry ToEntry() => new()
    {
        Id = id,
        IdempotencyKey = idempotency_key,
        RecommendationId = recommendation_id,
        ActionKind = action_kind,
        Resource = new ResourceRef(resource_id, resource_arn, resource_type, account, region),
        State = DbValues.ReadEnum<JournalState>(state),
        MonthlySavings = DbValues.ReadMoney(monthly_savings),
        DryRun = dry_run,
        PlannedAt = DbValues.ReadTime(planned_at),
        NotBefore = DbValues.ReadTimeOrNull(not_before),
        ApprovalRequired = approval_required,
        ApprovedBy = approved_by,
        ApprovedAt = DbValues.ReadTimeOrNull(approved_at),
        StartedAt = DbValues.ReadTimeOrNull(started_at),
        CompletedAt = DbValues.ReadTimeOrNull(completed_at),
        Reason = reason,
        RollbackJson = rollback_json,
        UpdatedAt = DbValues.ReadTime(updated_at),
    };
}
