using System.Collections.Concurrent;

namespace Advisor.Sandbox;

/// <summary>Thread-safe counters of the AWS calls the sandbox received, per <c>Service.Operation</c>.</summary>
public sealed class SandboxStats
{
    private readonly ConcurrentDictionary<string, long> _calls = new(StringComparer.Ordinal);
    private long _metricQueries;

    /// <summary>Counts one received call (including rejected and faulted ones).</summary>
    public void RecordCall(string operation)
    {
        ArgumentException.ThrowIfNullOrEmpty(operation);
        _calls.AddOrUpdate(operation, 1, static (_, n) => n + 1);
    }

    /// <summary>Adds the MetricDataQueries of one parsed GetMetricData call.</summary>
    public void RecordMetricQueries(int count) => Interlocked.Add(ref _metricQueries, count);

    /// <summary>A consistent-enough copy of the counters (each counter is read atomically).</summary>
    public SandboxStatsSnapshot Snapshot() =>
        new(new SortedDictionary<string, long>(_calls, StringComparer.Ordinal), Interlocked.Read(ref _metricQueries));

    /// <summary>Zeroes every counter.</summary>
    public void Reset()
    {
        _calls.Clear();
        Interlocked.Exchange(ref _metricQueries, 0);
    }
}

/// <summary>Calls per <c>Service.Operation</c> (e.g. <c>SageMaker.ListEndpoints</c>) and the total MetricDataQueries received.</summary>
public sealed record SandboxStatsSnapshot(IReadOnlyDictionary<string, long> Calls, long MetricQueries)
{
    /// <summary>Calls that change AWS state (Delete*, Create*, Update*, Stop*, Start*, AddTags, ...), per operation.</summary>
    public IReadOnlyDictionary<string, long> MutatingCalls => Calls
        .Where(c => IsMutating(c.Key))
        .ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);

    /// <summary>Whether <c>Service.Operation</c> changes state. Why: by AWS's verb convention, reads are Describe/List/Get/Batch-get.</summary>
    public static bool IsMutating(string operation)
    {
        var verb = operation[(operation.IndexOf('.', StringComparison.Ordinal) + 1)..];
        string[] mutating = ["Delete", "Create", "Update", "Stop", "Start", "Add", "Put", "Register", "Deregister", "Terminate", "Modify"];
        return mutating.Any(m => verb.StartsWith(m, StringComparison.Ordinal));
    }

    /// <summary>Calls of one operation, 0 when none.</summary>
    public long CallsOf(string operation) => Calls.TryGetValue(operation, out var n) ? n : 0;
}
