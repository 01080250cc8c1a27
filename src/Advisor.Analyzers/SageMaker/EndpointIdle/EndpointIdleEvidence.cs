using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.SageMaker.EndpointIdle;

/// <summary>The evidence of an endpoint-idle finding: window, observations, prices and the savings formula.</summary>
internal static class EndpointIdleEvidence
{
    public const string Formula = "Σ variants (hourly Hosting price × instance count) × 730 h";

    public const string MissingInvocationsNote =
        "missing Invocations datapoints read as 0 because CPUUtilization proves the endpoint was monitored";

    /// <summary>The window with the coverage and datapoints of the sparsest variant.</summary>
    public static ObservationWindow Window(AnalysisWindow window, IReadOnlyList<VariantUsage> usages)
    {
        var sparsest = usages.MinBy(u => u.CpuDatapoints);
        return new ObservationWindow(
            window.Start,
            window.End,
            window.Period,
            EndpointIdleMetrics.InvocationsStat,
            sparsest?.Coverage ?? 0d,
            sparsest?.CpuDatapoints ?? 0,
            window.ExpectedPoints);
    }

    public static Dictionary<string, object?> Observations(IReadOnlyList<VariantUsage> usages, SageMakerEndpointIdleOptions options)
    {
        var observations = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["invocations"] = usages.Sum(u => u.Invocations),
            ["invocationThreshold"] = options.InvocationThreshold,
            ["minDatapoints"] = options.MinDatapoints,
            ["minMonitoredCoverage"] = options.MinMonitoredCoverage,
        };
        foreach (var usage in usages)
        {
            var prefix = "variant." + usage.Variant.Name + ".";
            observations[prefix + "invocations"] = usage.Invocations;
            observations[prefix + "cpuDatapoints"] = usage.CpuDatapoints;
            observations[prefix + "cpuCoverage"] = Math.Round(usage.Coverage, 4);
            observations[prefix + "avgCpuPercentPerVcpu"] = usage.AverageCpuPercentPerVcpu;
            if (usage.Variant.AcceleratorType is { } accelerator)
            {
                // Why: Elastic Inference is retired; its price is not in the table, so savings leave it out (an underestimate).
                observations[prefix + "acceleratorNotInSavings"] = accelerator;
            }
        }

        var missing = usages.Where(u => u.InvocationsSeriesMissing).Select(u => u.Variant.Name).ToList();
        if (missing.Count > 0)
        {
            observations["variantsWithoutInvocationsSeries"] = missing;
        }

        observations["note"] = MissingInvocationsNote;
        return observations;
    }

    /// <summary>Savings lines per variant; the total is rounded once, at the end.</summary>
    public static Evidence Savings(
        IReadOnlyList<VariantUsage> usages,
        IReadOnlyList<PriceQuote> quotes,
        ObservationWindow window,
        IReadOnlyDictionary<string, object?> observations,
        out MonthlySavings savings)
    {
        var lines = new List<SavingsLine>();
        var total = 0m;
        for (var i = 0; i < usages.Count; i++)
        {
            var variant = usages[i].Variant;
            var hourly = quotes[i].HourlyUsd;
            var exact = hourly * variant.InstanceCount * MonthlySavings.HoursPerMonth;
            total += exact;
            lines.Add(new SavingsLine(
                $"variant {variant.Name}: {variant.InstanceType} × {SummaryText.Number(variant.InstanceCount)}",
                hourly,
                variant.InstanceCount,
                MonthlySavings.RoundCents(exact)));
        }

        savings = new MonthlySavings(MonthlySavings.RoundCents(total), CostBasis.ListOnDemand);
        return new Evidence
        {
            Window = window,
            Prices = [.. quotes.Distinct()],
            Formula = Formula,
            Lines = lines,
            Observations = observations,
        };
    }
}
