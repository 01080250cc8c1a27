namespace Advisor.Storage.Runs;

/// <summary>Scan cycles: started, finished, listed.</summary>
public interface IRunStore
{
    /// <summary>Records a new run in state Running.</summary>
    Task StartAsync(RunRecord run, CancellationToken cancellationToken = default);

    /// <summary>Replaces a run's record (state, finish time, scopes, counts).</summary>
    Task UpdateAsync(RunRecord run, CancellationToken cancellationToken = default);

    Task<RunRecord?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Newest first.</summary>
    Task<IReadOnlyList<RunRecord>> ListAsync(int limit, CancellationToken cancellationToken = default);

    /// <summary>Marks every Running run as Abandoned (at start: a previous process died mid-run); returns how many.</summary>
    Task<int> AbandonRunningAsync(DateTimeOffset at, CancellationToken cancellationToken = default);
}
