using System.Collections.Immutable;

namespace Advisor.Sandbox.Estate;

/// <summary>
/// What the served estate looked like before each mutating operation (DeleteEndpoint, StopInstances, UpdateEndpoint, a copy
/// count change, ...), stamped with the estate time it happened, so Cost Explorer bills every hour from the state in effect then.
/// The estate's clock is its "now" advanced by the time the sandbox clock has moved since the server started.
/// </summary>
public sealed class BillingHistory
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _clock;
    private readonly DateTimeOffset _startedAt;
    private readonly SandboxEstate _live;
    private ImmutableList<(DateTimeOffset At, SandboxEstate Before)> _changes = [];

    private BillingHistory(SandboxEstate live, TimeProvider clock)
    {
        _live = live;
        _clock = clock;
        _startedAt = clock.GetUtcNow();
    }

    /// <summary>How many changes were recorded (a cache key: the bill of a past day changes only when this does).</summary>
    public int Version => Volatile.Read(ref _changes).Count;

    /// <summary>The estate's current time: its <see cref="SandboxEstate.Now"/> plus the time elapsed on the clock since the start.</summary>
    public DateTimeOffset EstateNow => _live.Now + (_clock.GetUtcNow() - _startedAt);

    /// <summary>Watches the live lists of a served estate (<see cref="SandboxEstate.Live"/>).</summary>
    public static BillingHistory Attach(SandboxEstate live, TimeProvider clock)
    {
        var history = new BillingHistory(live, clock);
        Watch(live.Endpoints, previous => history.Record(e => e with { Endpoints = previous }));
        Watch(live.EndpointConfigs, previous => history.Record(e => e with { EndpointConfigs = previous }));
        Watch(live.InferenceComponents, previous => history.Record(e => e with { InferenceComponents = previous }));
        Watch(live.NotebookInstances, previous => history.Record(e => e with { NotebookInstances = previous }));
        Watch(live.Ec2Instances, previous => history.Record(e => e with { Ec2Instances = previous }));
        return history;
    }

    /// <summary>The estate as it was at <paramref name="time"/> (the live one when nothing changed since).</summary>
    public SandboxEstate At(DateTimeOffset time)
    {
        var first = Volatile.Read(ref _changes).FirstOrDefault(c => c.At > time);
        return first.Before ?? _live;
    }

    /// <summary>Times of the recorded changes within [<paramref name="from"/>, <paramref name="to"/>).</summary>
    public IReadOnlyList<DateTimeOffset> ChangesBetween(DateTimeOffset from, DateTimeOffset to) =>
        Volatile.Read(ref _changes).Select(c => c.At).Where(t => t >= from && t < to).ToList();

    private static void Watch<T>(IReadOnlyList<T> list, Action<ImmutableList<T>> onChange) => SandboxEstate.Mutable(list).Changed = onChange;

    private void Record(Func<SandboxEstate, SandboxEstate> withPrevious)
    {
        lock (_gate)
        {
            var frozen = _live with
            {
                Endpoints = [.. _live.Endpoints],
                EndpointConfigs = [.. _live.EndpointConfigs],
                InferenceComponents = [.. _live.InferenceComponents],
                NotebookInstances = [.. _live.NotebookInstances],
                Ec2Instances = [.. _live.Ec2Instances],
            };

            // Why: an earlier recorded change already froze the state before it; this one freezes the state between the two.
            _changes = _changes.Add((EstateNow, withPrevious(frozen)));
        }
    }
}
