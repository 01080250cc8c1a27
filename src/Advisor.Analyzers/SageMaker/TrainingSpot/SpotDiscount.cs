using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.SageMaker.TrainingSpot;

/// <summary>
/// The expected managed-spot discount for an instance type, as a range: from the snapshot's spot price history for the same
/// hardware (EC2 type without <c>ml.</c>, zones of the scope's region) against the EC2 on-demand price, else the family band.
/// </summary>
internal sealed record SpotDiscount(decimal Low, decimal High, string Source, int Observations, PriceQuote? Ec2OnDemand)
{
    /// <summary>Why: four decimals (0.01 percentage points) are finer than any spot price move that matters here.</summary>
    private const int Decimals = 4;

    public static SpotDiscount? Resolve(string instanceType, string region, IReadOnlyList<SpotPriceObservation> spotPrices, IPriceBook prices)
    {
        var ec2Type = SpotDiscountBands.Ec2Type(instanceType);
        var observed = spotPrices
            .Where(p => string.Equals(p.InstanceType, ec2Type, StringComparison.Ordinal)
                && p.AvailabilityZone.StartsWith(region, StringComparison.Ordinal))
            .ToList();
        if (observed.Count > 0 && prices.Find(ec2Type, region, PriceComponent.Ec2) is { HourlyUsd: > 0 } onDemand)
        {
            // Why: the highest spot price seen gives the smallest discount, the honest low end; the lowest gives the high end.
            var low = Math.Max(0m, 1m - (observed.Max(p => p.UsdPerHour) / onDemand.HourlyUsd));
            var high = Math.Max(0m, 1m - (observed.Min(p => p.UsdPerHour) / onDemand.HourlyUsd));
            return new SpotDiscount(
                Math.Round(low, Decimals, MidpointRounding.ToZero),
                Math.Round(high, Decimals, MidpointRounding.ToZero),
                $"spot price history: {observed.Count} observations of {ec2Type} in {region} against EC2 on-demand {onDemand.HourlyUsd} USD/h",
                observed.Count,
                onDemand);
        }

        return SpotDiscountBands.Find(instanceType) is { } band
            ? new SpotDiscount(band.Low, band.High, SpotDiscountBands.Source + ", family " + SpotDiscountBands.Family(instanceType), 0, null)
            : null;
    }
}
