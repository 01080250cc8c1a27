namespace Advisor.Host.Composition;

/// <summary>
/// A clock that always says the same instant. Why: the demo collects "as of" the sandbox estate's now, so the
/// window matches the generated data exactly even if the wall clock crosses an hour while the demo runs.
/// </summary>
public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
}
