namespace Advisor.Storage.Recommendations;

/// <summary>One entry of a recommendation's history: who or which run changed what, when and why. Never updated, never deleted.</summary>
public sealed record RecommendationEvent(
    long Sequence,
    string RecommendationId,
    DateTimeOffset At,
    string Actor,
    RecommendationEventKind Kind,
    RecommendationStatus? FromStatus,
    RecommendationStatus ToStatus,
    decimal? MonthlySavings,
    string? RunId,
    string? Note);

/// <summary>What happened to a recommendation.</summary>
public enum RecommendationEventKind
{
    /// <summary>First produced by a run.</summary>
    Created,

    /// <summary>Produced again with different savings.</summary>
    SavingsChanged,

    /// <summary>A human decision (accept, dismiss, snooze, reopen).</summary>
    Decided,

    /// <summary>Its condition disappeared in a run that evaluated it.</summary>
    Resolved,

    /// <summary>A resolved one was produced again, a snooze expired, or a dismissed one's savings grew past the factor.</summary>
    Reopened,

    /// <summary>Remediation applied it (see the action journal).</summary>
    Applied,

    /// <summary>Cost Explorer confirmed (Verified) or contradicted (Regressed) the saving.</summary>
    Verified,
}
