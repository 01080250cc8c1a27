using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Tests.Generation;

/// <summary>
/// An independent re-implementation of the sagemaker-endpoint-idle rule over a served estate, written from the brief
/// (not from the generator), to check the generator's ground truth.
/// </summary>
internal static class IdleRuleOracle
{
    public enum Outcome { Excluded, Skipped, InsufficientData, Busy, Idle }

    public static (Outcome Outcome, decimal Savings) Evaluate(SandboxEstate estate, SandboxEndpoint endpoint)
    {
        var end = estate.Now;
        var start = end.AddDays(-14);
        if (endpoint.Status != "InService")
        {
            return (Outcome.Skipped, 0m);
        }

        var config = estate.EndpointConfigs.Single(c => c.Name == endpoint.ConfigName);
        if (config.Variants.All(v => v.InstanceType is null) || config.Variants.Any(v => v.ManagedScalingMin == 0))
        {
            return (Outcome.Excluded, 0m);
        }

        if (endpoint.CreationTime > start)
        {
            return (Outcome.InsufficientData, 0m);
        }

        var invocations = 0.0;
        var hourly = 0m;
        foreach (var variant in config.Variants)
        {
            var dims = new Dictionary<string, string> { ["EndpointName"] = endpoint.Name, ["VariantName"] = variant.Name };
            invocations += Points(estate, "AWS/SageMaker", "Invocations", dims, start, end).Sum();
            if (variant.InstanceType is null)
            {
                continue;
            }

            var cpuPoints = Points(estate, "/aws/sagemaker/Endpoints", "CPUUtilization", dims, start, end).Count;
            if (cpuPoints < 30 || cpuPoints < 0.9 * 336)
            {
                return (Outcome.InsufficientData, 0m);
            }

            var price = BundledPriceBook.Default.Find(variant.InstanceType, estate.Region, PriceComponent.Hosting);
            if (price is null)
            {
                return (Outcome.InsufficientData, 0m);
            }

            hourly += price.HourlyUsd * variant.InstanceCount!.Value;
        }

        return invocations <= 0 ? (Outcome.Idle, MonthlySavings.RoundCents(hourly * 730m)) : (Outcome.Busy, 0m);
    }

    public static List<double> Points(
        SandboxEstate estate, string ns, string metric, IReadOnlyDictionary<string, string> dims, DateTimeOffset start, DateTimeOffset end)
    {
        var series = estate.Metrics.Find(new SeriesKey(ns, metric, dims));
        var points = new List<double>();
        if (series is null)
        {
            return points;
        }

        for (var i = 0; i < series.Values.Count; i++)
        {
            var at = series.Start.AddHours(i);
            if (at >= start && at < end && series.Values[i] is { } v)
            {
                points.Add(v);
            }
        }

        return points;
    }
}
