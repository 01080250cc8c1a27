namespace Advisor.Sandbox;

/// <summary>
/// The active fault rules of a sandbox. Thread-safe. Rules are evaluated in the order they were added: every firing delay
/// rule adds its delay, and the first firing error rule (throttle, 500, 503) decides the answer.
/// </summary>
public sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly List<ActiveRule> _rules = [];

    /// <summary>The rules still active (count rules disappear once used up).</summary>
    public IReadOnlyList<FaultRule> Rules
    {
        get
        {
            lock (_gate)
            {
                return _rules.Select(r => r.Rule).ToList();
            }
        }
    }

    /// <summary>Adds a rule after validating it (<see cref="ArgumentException"/> names what is wrong).</summary>
    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        rule.Validate();
        lock (_gate)
        {
            _rules.Add(new ActiveRule(rule));
        }
    }

    /// <summary>Shorthand: the next <paramref name="count"/> calls of <paramref name="operation"/> are throttled.</summary>
    public void Throttle(string operation, int count) => Add(new FaultRule { Operation = operation, Kind = FaultKind.Throttle, Count = count });

    /// <summary>Removes every rule.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _rules.Clear();
        }
    }

    /// <summary>Decides the fault for one call of <paramref name="operation"/> (<c>Service.Operation</c>).</summary>
    internal FaultDecision Next(string operation)
    {
        lock (_gate)
        {
            var delay = TimeSpan.Zero;
            FaultKind? error = null;
            for (var i = 0; i < _rules.Count; i++)
            {
                var active = _rules[i];
                var isError = active.Rule.Kind != FaultKind.Delay;
                if (!active.Rule.Matches(operation) || (isError && error is not null) || !active.Fires())
                {
                    continue;
                }

                if (isError)
                {
                    error = active.Rule.Kind;
                }
                else
                {
                    delay += TimeSpan.FromMilliseconds(active.Rule.DelayMs);
                }

                if (active.IsUsedUp)
                {
                    _rules.RemoveAt(i);
                    i--;
                }
            }

            return new FaultDecision(delay, error);
        }
    }

    private sealed class ActiveRule(FaultRule rule)
    {
        private readonly Random? _random = rule.Rate is null ? null : new Random(rule.Seed);
        private int _remaining = rule.Count ?? 0;

        public FaultRule Rule { get; } = rule;

        public bool IsUsedUp => Rule.Count is not null && _remaining <= 0;

        public bool Fires()
        {
            if (_random is not null)
            {
                // Why: a seeded generator per rule makes "rate 0.3" reproducible from run to run.
#pragma warning disable CA5394 // Why: fault sampling is test scaffolding, not security; determinism is the point.
                return _random.NextDouble() < Rule.Rate;
#pragma warning restore CA5394
            }

            _remaining--;
            return true;
        }
    }
}

/// <summary>The fault to apply to one call: an added delay and/or an error kind.</summary>
internal readonly record struct FaultDecision(TimeSpan Delay, FaultKind? Error);
