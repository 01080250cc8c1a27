namespace Advisor.Storage.Recommendations;

/// <summary>A human decision: accept, dismiss (reason required), snooze (until required, in the future), reopen; with who and an optional note.</summary>
public sealed record Decision(DecisionKind Kind, string Actor, DateTimeOffset At, string? Reason = null, DateTimeOffset? Until = null, string? Note = null);

/// <summary>A decision the lifecycle does not allow (e.g. reopening an open one, snoozing into the past); the message says why.</summary>
public sealed class DecisionRejectedException(string message) : Exception(message);
