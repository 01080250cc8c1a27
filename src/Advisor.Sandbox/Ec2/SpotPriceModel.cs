using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Advisor.Core.Pricing;

namespace Advisor.Sandbox.Ec2;

/// <summary>
/// Deterministic spot prices: on-demand (bundled table) × (1 − discount), the discount drawn per type, zone and 6-hour step
/// from the family's Spot Advisor savings band in pricing-notes §4. The same inputs always give the same price.
/// </summary>
internal static class SpotPriceModel
{
    /// <summary>Why: AWS's smoothed spot pricing moves a few times a day at most; one price per 6 hours is realistic.</summary>
    public static readonly TimeSpan Step = TimeSpan.FromHours(6);

    /// <summary>Why: the savings bands by family from pricing-notes §4 (us-east-1/us-west-2/eu-west-1 Spot Advisor, 2025-11-30).</summary>
    private static readonly (string Prefix, decimal Low, decimal High)[] Bands =
    [
        ("g4dn.", 0.51m, 0.68m),
        ("g5.", 0.47m, 0.69m),
        ("g6.", 0.43m, 0.48m),
        ("p3.", 0.52m, 0.87m),
        ("p4d.", 0.53m, 0.62m),
        ("p5.", 0.49m, 0.62m),
        ("inf1.", 0.53m, 0.73m),
        ("inf2.", 0.52m, 0.79m),
        ("trn1.", 0.61m, 0.75m),
    ];

    /// <summary>Why: the notes give no band for CPU families; 50-70% is the middle of the GPU bands and typical for m5/c5.</summary>
    private static readonly (decimal Low, decimal High) DefaultBand = (0.50m, 0.70m);

    /// <summary>The discount band of a type's family.</summary>
    public static (decimal Low, decimal High) Band(string instanceType)
    {
        foreach (var (prefix, low, high) in Bands)
        {
            if (instanceType.StartsWith(prefix, StringComparison.Ordinal))
            {
                return (low, high);
            }
        }

        return DefaultBand;
    }

    /// <summary>The spot price in effect from <paramref name="stepStart"/> (a multiple of <see cref="Step"/>), or null for an unpriced type.</summary>
    public static decimal? Price(string instanceType, string region, string zone, DateTimeOffset stepStart)
    {
        if (BundledPriceBook.Default.Find(instanceType, region, PriceComponent.Ec2) is not { } onDemand)
        {
            return null;
        }

        var (low, high) = Band(instanceType);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', instanceType, zone, stepStart.UtcTicks)));
        var fraction = BinaryPrimitives.ReadUInt32LittleEndian(hash) / (decimal)uint.MaxValue;
        var discount = low + ((high - low) * fraction);

        // Why: AWS quotes spot prices to six decimals; four keep the figures readable and inside the band.
        return Math.Round(onDemand.HourlyUsd * (1 - discount), 4, MidpointRounding.AwayFromZero);
    }

    /// <summary>The step start at or before a time.</summary>
    public static DateTimeOffset Floor(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % Step.Ticks), TimeSpan.Zero);
}
