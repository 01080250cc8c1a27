using System.Collections.Concurrent;
using Advisor.Host.Daemon;

namespace Advisor.Host.Tests.Api;

/// <summary>A cycle trigger that only records who asked and hands back a fixed run id (the daemon's real one enqueues a job).</summary>
internal sealed class RecordingCycleTrigger : ICycleTrigger
{
    public const string RunId = "run-from-api";

    public ConcurrentQueue<(string Trigger, string RequestedBy)> Calls { get; } = new();

    /// <summary>When set, <see cref="StartAsync"/> throws it (the daemon could not enqueue).</summary>
    public Exception? Failure { get; set; }

    public Task<string> StartAsync(string trigger, string requestedBy, CancellationToken cancellationToken = default)
    {
        Calls.Enqueue((trigger, requestedBy));
        if (Failure is not null)
        {
            throw Failure;
        }

        return Task.FromResult(RunId);
    }
}
