namespace Advisor.Storage.Runs;

/// <summary>One scan cycle as recorded: when, why, how it ended, what each scope's collection saw, and what the merge changed.</summary>
public sealed record RunRecord
{
    public required string Id { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public DateTimeOffset? FinishedAt { get; init; }
    public required RunState State { get; init; }

    /// <summary><c>schedule</c>, <c>api</c> or <c>startup</c>.</summary>
    public required string Trigger { get; init; }

    /// <summary>Who asked (a token's name for <c>api</c>, <c>scheduler</c> otherwise).</summary>
    public required string RequestedBy { get; init; }

    public IReadOnlyList<ScopeRunSummary> Scopes { get; init; } = [];
    public int Recommendations { get; init; }
    public int Created { get; init; }
    public int Resolved { get; init; }
    public decimal TotalMonthlySavings { get; init; }

    /// <summary>What went wrong (type and message, never a secret) when <see cref="State"/> is Failed or PartiallySucceeded.</summary>
    public string? Error { get; init; }
}

/// <summary>How a run ended.</summary>
public enum RunState
{
    Running,
    Succeeded,

    /// <summary>Finished, but a scope could not be collected or an analyzer failed: the rest was merged.</summary>
    PartiallySucceeded,
    Failed,

    /// <summary>The process stopped before the run finished; found at the next start.</summary>
    Abandoned,
}

/// <summary>Snapshot metadata of one scope in a run: window, counts and each source's health (the snapshot itself is not stored).</summary>
public sealed record ScopeRunSummary(
    string Account,
    string Region,
    DateTimeOffset WindowStart,
    DateTimeOffset WindowEnd,
    int Resources,
    IReadOnlyList<SourceHealthSummary> Sources,
    string? Error = null);

/// <summary>One source's health in a scope (<c>Healthy</c>, <c>AccessDenied</c>, ...), with its detail.</summary>
public sealed record SourceHealthSummary(string Source, string Health, string? Detail);
