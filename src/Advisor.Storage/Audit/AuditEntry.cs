namespace Advisor.Storage.Audit;

/// <summary>One mutating API call: who (the token's name and role), when, what, on which target, and the outcome.</summary>
public sealed record AuditEntry(long Sequence, DateTimeOffset At, string Actor, string Role, string Operation, string Target, string Outcome, string? Detail);

/// <summary>The append-only audit log.</summary>
public interface IAuditLog
{
    Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ListAsync(int limit, CancellationToken cancellationToken = default);
}
