using Advisor.Core.Pricing;
using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Tests.Generation.Rightsize;

/// <summary>
/// An independent re-implementation of the sagemaker-endpoint-rightsize rule over a generated estate, written from the brief:
/// the monthly saving of each variant the rule recommends, keyed <c>endpoint/variant</c>.
/// </summary>
internal static class RightsizeRuleOracle
{
    public static Dictionary<string, decimal> Opportunities(SandboxEstate estate)
    {
        var found = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var start = estate.Now.AddDays(-14);
        foreach (var endpoint in estate.Endpoints)
        {
            var config = estate.EndpointConfigs.SingleOrDefault(c => c.Name == endpoint.ConfigName);
            if (endpoint.Status != "InService" || config is null || endpoint.CreationTime > start)
            {
                continue;
            }

            var instances = config.Variants.Where(v => v.InstanceType is not null && v.ServerlessMemoryMb is null).ToList();
            var calls = instances.Sum(v => Points(estate, "AWS/SageMaker", "Invocations", endpoint.Name, v.Name, start).Sum());
            if (calls == 0)
            {
                continue;
            }

            foreach (var variant in instances.Where(v => v.ManagedScalingMin is null))
            {
                if (Savings(estate, endpoint.Name, variant, start) is { } saving and >= 10m)
                {
                    found[endpoint.Name + "/" + variant.Name] = saving;
                }
            }
        }

        return found;
    }

    private static decimal? Savings(SandboxEstate estate, string endpoint, SandboxVariant variant, DateTimeOffset start)
    {
        var book = BundledPriceBook.Default;
        var spec = book.Spec(variant.InstanceType!)!;
        var price = book.Find(variant.InstanceType!, estate.Region, PriceComponent.Hosting);
        if (price is null || (spec.Accelerator != "none" && spec.Accelerator != "gpu"))
        {
            return null;
        }

        var metrics = spec.Accelerator == "gpu" ? new[] { "CPUUtilization", "GPUUtilization", "GPUMemoryUtilization" } : ["CPUUtilization"];
        var p = new double[metrics.Length];
        for (var m = 0; m < metrics.Length; m++)
        {
            var values = Points(estate, "/aws/sagemaker/Endpoints", metrics[m], endpoint, variant.Name, start);
            if (values.Count < 30)
            {
                return null;
            }

            values.Sort();
            p[m] = values[Math.Max(0, (int)Math.Ceiling(0.995 * values.Count) - 1)];
        }

        var count = variant.InstanceCount ?? 1;
        var family = variant.InstanceType![..(variant.InstanceType!.LastIndexOf('.') + 1)];
        var fleets = book.Rows
            .Where(r => r.Service == "sagemaker" && r.Region == estate.Region && r.InstanceType.StartsWith(family, StringComparison.Ordinal) && r.OnDemandUsdPerHour is not null)
            .Select(r => (Spec: book.Spec(r.InstanceType)!, Price: r.OnDemandUsdPerHour!.Value))
            .Where(c => c.Spec.Accelerator == spec.Accelerator && c.Spec.GpuModel == spec.GpuModel && c.Price <= price.HourlyUsd)
            .SelectMany(c => Enumerable.Range(count >= 2 ? 2 : 1, Math.Max(0, count - (count >= 2 ? 2 : 1) + 1)).Select(n => (c.Spec, Cost: c.Price * n, N: n)))
            .Where(f => p[0] / 100 * 1.2 * count <= f.N * f.Spec.Vcpu)
            .Where(f => metrics.Length == 1 || (p[1] / 100 * 1.2 * count <= f.N * f.Spec.GpuCount
                && p[2] / (100 * spec.GpuCount) * 1.2 * (double)spec.GpuMemoryGib <= (double)f.Spec.GpuMemoryGib))
            .ToList();
        var cheapest = fleets.Count == 0 ? price.HourlyUsd * count : fleets.Min(f => f.Cost);
        var hourly = (price.HourlyUsd * count) - cheapest;
        return hourly > 0 ? Math.Round(hourly * 730m, 2, MidpointRounding.AwayFromZero) : null;
    }

    private static List<double> Points(SandboxEstate estate, string ns, string metric, string endpoint, string variant, DateTimeOffset start) =>
        Generation.IdleRuleOracle.Points(estate, ns, metric, new Dictionary<string, string> { ["EndpointName"] = endpoint, ["VariantName"] = variant }, start, estate.Now);
}
