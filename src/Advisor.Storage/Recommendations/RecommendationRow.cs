using Advisor.Core.Domain;
using Advisor.Storage.Sql;

namespace Advisor.Storage.Recommendations;

/// <summary>One <c>recommendations</c> row as read by Dapper; times and money stay provider-typed until <see cref="ToStored"/>.</summary>
/// <remarks>Why lower_case properties: Dapper maps column names verbatim, and turning on its global MatchNamesWithUnderscores would change mapping for every other Dapper user in the process (Hangfire's storages).</remarks>
internal sealed class RecommendationRow
{
    public const string Columns =
        "id, analyzer_id, resource_id, resource_arn, resource_type, account, region, action, summary, monthly_savings, cost_basis, "
        + "confidence, risk, effort, priority, score, team, status, snoozed_until, dismissed_savings, first_seen_run_id, last_seen_run_id, "
        + "first_seen_at, last_seen_at, resolved_at, updated_at, document_json";

    public string id { get; set; } = "";
    public string analyzer_id { get; set; } = "";
    public string resource_id { get; set; } = "";
    public string resource_arn { get; set; } = "";
    public string resource_type { get; set; } = "";
    public string account { get; set; } = "";
    public string region { get; set; } = "";
    public string action { get; set; } = "";
    public string summary { get; set; } = "";
    public object monthly_savings { get; set; } = 0m;
    public string cost_basis { get; set; } = "";
    public string confidence { get; set; } = "";
    public int risk { get; set; }
    public string effort { get; set; } = "";
    public string priority { get; set; } = "";
    public object score { get; set; } = 0m;
    public string? team { get; set; }
    public string status { get; set; } = "";
    public object? snoozed_until { get; set; }
    public object? dismissed_savings { get; set; }
    public string first_seen_run_id { get; set; } = "";
    public string last_seen_run_id { get; set; } = "";
    public object first_seen_at { get; set; } = "";
    public object last_seen_at { get; set; } = "";
    public object? resolved_at { get; set; }
    public object updated_at { get; set; } = "";
    public string document_json { get; set; } = "";

    public StoredRecommendation ToStored() => new()
    {
        Id = id,
        AnalyzerId = analyzer_id,
        Resource = new ResourceRef(resource_id, resource_arn, resource_type, account, region),
        Action = action,
        Summary = summary,
        MonthlySavings = DbValues.ReadMoney(monthly_savings),
        CostBasis = DbValues.ReadEnum<CostBasis>(cost_basis),
        Confidence = DbValues.ReadEnum<Confidence>(confidence),
        Risk = risk,
        Effort = DbValues.ReadEnum<Effort>(effort),
        Priority = DbValues.ReadEnum<Priority>(priority),
        Score = DbValues.ReadMoney(score),
        Team = team,
        Status = DbValues.ReadEnum<RecommendationStatus>(status),
        SnoozedUntil = DbValues.ReadTimeOrNull(snoozed_until),
        DismissedSavings = DbValues.ReadMoneyOrNull(dismissed_savings),
        FirstSeenRunId = first_seen_run_id,
        LastSeenRunId = last_seen_run_id,
        FirstSeenAt = DbValues.ReadTime(first_seen_at),
        LastSeenAt = DbValues.ReadTime(last_seen_at),
        ResolvedAt = DbValues.ReadTimeOrNull(resolved_at),
        UpdatedAt = DbValues.ReadTime(updated_at),
        DocumentJson = document_json,
    };
}
