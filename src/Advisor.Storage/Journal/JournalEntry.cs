using Advisor.Core.Domain;

namespace Advisor.Storage.Journal;

/// <summary>
/// One remediation action, journal-first: written before any AWS call, moved through its states with a compare-and-set
/// on the state, completed after. <see cref="IdempotencyKey"/> (recommendation id + action kind + resource state) is unique:
/// planning the same action twice returns the existing entry.
/// </summary>
public sealed record JournalEntry
{
    public required string Id { get; init; }
    public required string IdempotencyKey { get; init; }
    public required string RecommendationId { get; init; }

    /// <summary>Action kind id, e.g. <c>delete-endpoint</c>, <c>stop-notebook</c>.</summary>
    public required string ActionKind { get; init; }
    public required ResourceRef Resource { get; init; }
    public required JournalState State { get; init; }
    public required decimal MonthlySavings { get; init; }
    public required bool DryRun { get; init; }
    public required DateTimeOffset PlannedAt { get; init; }

    /// <summary>Not before this time (grace period end); null = no grace period.</summary>
    public DateTimeOffset? NotBefore { get; init; }
    public bool ApprovalRequired { get; init; }
    public string? ApprovedBy { get; init; }
    public DateTimeOffset? ApprovedAt { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Why it was skipped or failed, in words a platform engineer reads.</summary>
    public string? Reason { get; init; }

    /// <summary>What is needed to undo it (e.g. the endpoint's name and config name), as JSON; written before the AWS call.</summary>
    public string? RollbackJson { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>States of a journal entry. Terminal: Succeeded, Failed, Skipped, RolledBack, Cancelled.</summary>
public enum JournalState
{
    Planned,
    AwaitingGrace,
    AwaitingApproval,
    Ready,

    /// <summary>Written just before the AWS call; an entry found here after a crash is reconciled against AWS.</summary>
    InProgress,
    Succeeded,
    Failed,
    Skipped,
    RollingBack,
    RolledBack,
    Cancelled,
}
