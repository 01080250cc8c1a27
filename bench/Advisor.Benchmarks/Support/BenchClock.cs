using Advisor.Sandbox.Generation;

namespace Advisor.Benchmarks.Support;

/// <summary>
/// The estate's "now" for every benchmark: the current hour, as the demo uses. Why: Cost Explorer date ranges are computed
/// from the system clock, so an estate pinned to a fixed past date would answer them with no data and flatter the cycle.
/// </summary>
public static class BenchClock
{
    /// <summary>The current hour (UTC), fixed once per process so every iteration sees the same estate.</summary>
    public static DateTimeOffset Now { get; } = GeneratorOptions.FloorToHour(TimeProvider.System.GetUtcNow());

    /// <summary>The seed the demo uses by default.</summary>
    public const int Seed = 1;

    /// <summary>Generates the benchmark estate at a scale (number of endpoints).</summary>
    public static GeneratedEstate Estate(int scale) =>
        EstateGenerator.Generate(new GeneratorOptions { Seed = Seed, Scale = scale, Now = Now });
}
