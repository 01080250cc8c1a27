using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.Ec2.GpuIdle;

/// <summary>The hourly rate an instance bills at: the on-demand list price, or for spot instances the latest spot price in its zone.</summary>
/// <param name="SpotPriceMissing">A spot instance without a spot price in the snapshot; the on-demand price (an upper bound) was used.</param>
internal sealed record InstancePrice(decimal HourlyUsd, PriceQuote Quote, bool IsSpotPrice, bool SpotPriceMissing)
{
    /// <summary>Why: the source label of a spot-price quote, so a reader can tell it from a list price.</summary>
    public const string SpotSource = "EC2 DescribeSpotPriceHistory (Linux/UNIX, latest in the instance's zone)";

    /// <summary>Resolves the rate, or null when no trusted on-demand price exists for the type and region.</summary>
    public static InstancePrice? Resolve(Ec2Instance instance, ScopeSnapshot snapshot, IPriceBook prices)
    {
        var onDemand = prices.Find(instance.InstanceType, snapshot.Scope.Region, PriceComponent.Ec2);
        if (!Ec2Hardware.IsSpot(instance))
        {
            return onDemand is null ? null : new InstancePrice(onDemand.HourlyUsd, onDemand, IsSpotPrice: false, SpotPriceMissing: false);
        }

        var spot = snapshot.SpotPrices
            .Where(p => p.InstanceType == instance.InstanceType && p.AvailabilityZone == instance.AvailabilityZone)
            .MaxBy(p => p.Timestamp);
        if (spot is not null)
        {
            var quote = new PriceQuote(instance.InstanceType, snapshot.Scope.Region, PriceComponent.Ec2, spot.UsdPerHour, SpotSource,
                spot.Timestamp.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture));
            return new InstancePrice(spot.UsdPerHour, quote, IsSpotPrice: true, SpotPriceMissing: false);
        }

        return onDemand is null ? null : new InstancePrice(onDemand.HourlyUsd, onDemand, IsSpotPrice: false, SpotPriceMissing: true);
    }
}
