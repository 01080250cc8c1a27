namespace Advisor.Host.Daemon;

/// <summary>Starts a scan cycle now (the API's <c>POST /api/runs</c>, the scheduler's cron trigger): enqueues it and returns its run id.</summary>
public interface ICycleTrigger
{
    /// <summary>Enqueues a cycle; <paramref name="trigger"/> is <c>api</c>, <c>schedule</c> or <c>startup</c>; returns the new run's id.</summary>
    Task<string> StartAsync(string trigger, string requestedBy, CancellationToken cancellationToken = default);
}
