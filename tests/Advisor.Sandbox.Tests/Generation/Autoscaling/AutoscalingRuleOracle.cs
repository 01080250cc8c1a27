using Advisor.Core.Pricing;
using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Tests.Generation.Autoscaling;

/// <summary>
/// An independent restatement of the autoscaling rule over a generated estate: walks the 336 window hours by timestamp,
/// takes nearest-rank P95/P5 by index, and counts the shed instances hour by hour with integer ceilings.
/// </summary>
internal static class AutoscalingRuleOracle
{
    public static Dictionary<string, decimal> Opportunities(SandboxEstate estate)
    {
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var scaled = estate.ScalingPolicies.Select(p => (p.EndpointName, p.VariantName)).ToHashSet();
        var start = estate.Now.AddHours(-14 * 24);
        foreach (var endpoint in estate.Endpoints.Where(e => e.Status == "InService"))
        {
            var config = estate.EndpointConfigs.SingleOrDefault(c => c.Name == endpoint.ConfigName);
            foreach (var variant in config?.Variants ?? [])
            {
                if (variant.ServerlessMemoryMb is not null || variant.ManagedScalingMin is not null || (variant.InstanceCount ?? 0) < 2
                    || scaled.Contains((endpoint.Name, variant.Name)))
                {
                    continue;
                }

                var series = estate.Metrics.Find(new SeriesKey("AWS/SageMaker", "Invocations",
                    [new("EndpointName", endpoint.Name), new("VariantName", variant.Name)]));
                var hours = new List<double>();
                for (var at = start; at < estate.Now; at = at.AddHours(1))
                {
                    var index = series is null ? -1 : (int)(at - series.Start).TotalHours;
                    if (index >= 0 && index < series!.Values.Count && series.Values[index] is { } v)
                    {
                        hours.Add(v);
                    }
                }

                if (hours.Count < 30)
                {
                    continue;
                }

                var sorted = hours.OrderBy(v => v).ToArray();
                var p95 = sorted[Math.Max(0, (int)Math.Ceiling(0.95 * sorted.Length) - 1)];
                var p5 = sorted[Math.Max(0, (int)Math.Ceiling(0.05 * sorted.Length) - 1)];
                if (p95 <= 0 || (p5 > 0 && p95 < 3 * p5))
                {
                    continue;
                }

                var price = BundledPriceBook.Default.Find(variant.InstanceType!, estate.Region, PriceComponent.Hosting);
                if (price is null)
                {
                    continue;
                }

                var count = variant.InstanceCount!.Value;
                var peak = (decimal)sorted[^1];
                var shed = 0;
                foreach (var v in hours)
                {
                    var needed = decimal.Ceiling(count * (decimal)v / peak);
                    shed += count - (int)Math.Min(count, Math.Max(2m, needed));
                }

                var monthly = Math.Round(price.HourlyUsd * shed / hours.Count * 730m, 2, MidpointRounding.AwayFromZero);
                if (monthly > 0)
                {
                    result[endpoint.Name + "/" + variant.Name] = monthly;
                }
            }
        }

        return result;
    }
}
