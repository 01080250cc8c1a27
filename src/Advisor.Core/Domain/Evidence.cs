using Advisor.Core.Pricing;

namespace Advisor.Core.Domain;

/// <summary>
/// What a finding rests on, so that a reader can redo it: the observation window, the prices used
/// (with source and date), the savings formula with its line items, and the observed values.
/// </summary>
public sealed record Evidence
{
    /// <summary>The metric window the verdict was taken over; null for findings that use no metrics.</summary>
    public ObservationWindow? Window { get; init; }

    /// <summary>Prices used, each with its source and date.</summary>
    public IReadOnlyList<PriceQuote> Prices { get; init; } = [];

    /// <summary>The savings formula in words, e.g. "Σ variants (hourly × instances) × 730".</summary>
    public string? Formula { get; init; }

    /// <summary>The formula's line items; their monthly amounts add up to the finding's savings.</summary>
    public IReadOnlyList<SavingsLine> Lines { get; init; } = [];

    /// <summary>Observed values and thresholds by name (e.g. "invocations": 0, "invocationThreshold": 0).</summary>
    public IReadOnlyDictionary<string, object?> Observations { get; init; } = new Dictionary<string, object?>();
}

/// <summary>The window, period and statistic a metric verdict was computed over, and how much of it had data.</summary>
/// <param name="Coverage">Fraction (0–1) of expected periods that had a datapoint, for the sparsest required series.</param>
public sealed record ObservationWindow(
    DateTimeOffset Start,
    DateTimeOffset End,
    TimeSpan Period,
    string Statistic,
    double Coverage,
    int Datapoints,
    int ExpectedDatapoints);

/// <summary>One term of a savings formula: <c>HourlyUsd × Quantity × 730 = MonthlyUsd</c>.</summary>
public sealed record SavingsLine(string Label, decimal HourlyUsd, decimal Quantity, decimal MonthlyUsd);
