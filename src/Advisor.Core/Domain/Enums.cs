namespace Advisor.Core.Domain;

/// <summary>How sure a finding is, kept apart from <see cref="Finding.Risk"/>.</summary>
public enum Confidence
{
    /// <summary>Heuristic.</summary>
    Low,

    /// <summary>Derived, or partial signals.</summary>
    Medium,

    /// <summary>Measured with full coverage.</summary>
    High,
}

/// <summary>How much work the action is for the team that owns the resource.</summary>
public enum Effort
{
    VeryLow,
    Low,
    Medium,
    High,
}

/// <summary>The three outcomes of evaluating one resource: no data is never read as "idle" or "fine".</summary>
public enum FindingKind
{
    Recommend,
    NoAction,
    InsufficientData,
}
