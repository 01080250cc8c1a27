using Advisor.Core.Domain;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.Ec2.GpuIdle;

/// <summary>The evidence of an EC2 GPU idle finding: window, daily observations, the price and the savings formula.</summary>
internal static class GpuIdleEvidence
{
    public const string Formula = "hourly EC2 price × 730 h";

    /// <summary>The window as days: one Maximum/Sum datapoint per day, coverage = days with every required datapoint.</summary>
    public static ObservationWindow Window(AnalysisWindow window, DailyUsage usage) => new(
        window.Start,
        window.End,
        TimeSpan.FromSeconds(Ec2Metrics.DaySeconds),
        "Maximum (CPU, GPU), Sum (network)",
        usage.WindowDays > 0 ? (double)usage.Days.Count / usage.WindowDays : 0d,
        usage.Days.Count,
        usage.WindowDays);

    public static Dictionary<string, object?> Observations(Ec2Instance instance, DailyUsage usage, int idleDays, Ec2GpuIdleOptions options)
    {
        var observations = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["windowDays"] = usage.WindowDays,
            ["daysWithData"] = usage.Days.Count,
            ["idleDays"] = idleDays,
            ["gpuSeries"] = usage.GpuSeries,
            ["cpuMaxPercentThreshold"] = options.CpuMaxPercent,
            ["networkBytesPerDayThreshold"] = options.NetworkBytesPerDay,
            ["gpuMaxPercentThreshold"] = options.GpuMaxPercent,
            ["maxNonIdleDays"] = options.MaxNonIdleDays,
            ["maxMissingDays"] = options.MaxMissingDays,
            ["rootDeviceType"] = instance.RootDeviceType,
            ["lifecycle"] = instance.Lifecycle ?? "on-demand",
            ["note"] = GpuIdleRules.EbsNote,
        };
        if (usage.Days.Count > 0)
        {
            observations["peakDailyCpuMaxPercent"] = usage.Days.Max(d => d.CpuMaxPercent);
            observations["peakDailyNetworkBytes"] = usage.Days.Max(d => d.NetworkBytes);
            if (usage.HasAgent)
            {
                observations["peakDailyGpuMaxPercent"] = usage.Days.Max(d => d.GpuMaxPercent ?? 0);
            }

            observations["busyDays"] = usage.Days.Where(d => !DailyUsage.IsIdle(d, options)).Select(d => d.Day).ToList();
        }

        return observations;
    }

    /// <summary>One savings line for the instance; the total is rounded once, at the end.</summary>
    public static Evidence Savings(
        Ec2Instance instance, InstancePrice price, ObservationWindow window, Dictionary<string, object?> observations, out MonthlySavings savings)
    {
        var exact = price.HourlyUsd * MonthlySavings.HoursPerMonth;
        var rate = price.IsSpotPrice ? "spot" : "on-demand";
        observations["priceBasis"] = price.IsSpotPrice ? "latest spot price" : "on-demand list price";
        if (price.SpotPriceMissing)
        {
            observations["spotPriceMissing"] = true;
        }

        // Why: a spot price is what the instance actually bills at (observed), so its basis is Net; the list price is ListOnDemand.
        savings = new MonthlySavings(MonthlySavings.RoundCents(exact), price.IsSpotPrice ? CostBasis.Net : CostBasis.ListOnDemand);
        return new Evidence
        {
            Window = window,
            Prices = [price.Quote],
            Formula = Formula,
            Lines = [new SavingsLine($"instance {instance.InstanceId}: {instance.InstanceType} ({rate})", price.HourlyUsd, 1, savings.Amount)],
            Observations = observations,
        };
    }
}
