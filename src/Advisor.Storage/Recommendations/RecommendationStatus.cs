namespace Advisor.Storage.Recommendations;

/// <summary>Lifecycle of a recommendation (ANALYZERS.md): open → accepted | dismissed | snoozed → applied → verified | regressed; resolved when its condition disappears.</summary>
public enum RecommendationStatus
{
    Open,
    Accepted,
    Dismissed,
    Snoozed,
    Applied,
    Verified,
    Regressed,
    Resolved,
}

/// <summary>A human decision on a recommendation, as posted to the API.</summary>
public enum DecisionKind
{
    Accept,
    Dismiss,
    Snooze,
    Reopen,
}
