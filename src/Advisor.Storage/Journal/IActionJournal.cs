namespace Advisor.Storage.Journal;

/// <summary>The remediation journal (durable, shared by replicas).</summary>
public interface IActionJournal
{
    /// <summary>Inserts the entry unless one with the same idempotency key exists; returns the stored one and whether it was new.</summary>
    Task<(JournalEntry Entry, bool Created)> PlanAsync(JournalEntry entry, CancellationToken cancellationToken = default);

    /// <summary>
    /// Compare-and-set: replaces the entry only if its stored state is still <paramref name="expected"/>; false otherwise
    /// (another worker moved it). This is what makes an action run at most once across replicas and restarts.
    /// </summary>
    Task<bool> TransitionAsync(JournalEntry updated, JournalState expected, CancellationToken cancellationToken = default);

    Task<JournalEntry?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Newest first; filtered by states when given.</summary>
    Task<IReadOnlyList<JournalEntry>> ListAsync(IReadOnlyCollection<JournalState>? states, int limit, CancellationToken cancellationToken = default);
}
