using System.Globalization;
using Advisor.Analyzers.Ec2.GpuIdle;
using Advisor.Analyzers.SageMaker.EndpointIdle;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.Ec2.GpuRightsize;

/// <summary>The EC2 GPU right-size rule, step by step: hardware and prices, agent metrics, data sufficiency, then the cheapest fit.</summary>
internal static class GpuRightsizeRules
{
    /// <summary>Why: the action id the remediation and the recommendation id are keyed on.</summary>
    public const string ChangeTypeAction = "change-instance-type";

    public const string Formula = "(current − candidate hourly EC2 on-demand price) × 730 h";

    public static Finding Evaluate(Ec2Instance instance, ScopeSnapshot snapshot, IPriceBook prices, Ec2GpuRightsizeOptions options)
    {
        var result = Ec2Hardware.Findings(Ec2GpuRightsizeAnalyzer.Id, instance, snapshot.Scope);
        var (id, type, region) = (instance.InstanceId, instance.InstanceType, snapshot.Scope.Region);
        if (prices.Spec(type) is not { } spec)
        {
            return result.Insufficient($"The GPU model and memory of {type} (instance {id}) are not in the price table's specs.");
        }

        if (prices.Find(type, region, PriceComponent.Ec2) is not { } current)
        {
            return result.Insufficient($"No trusted EC2 price for {type} in {region}; instance {id} cannot be costed.");
        }

        var cheaper = SameModelCandidates.Smaller(type, prices)
            .Select(s => (Spec: s, Quote: prices.Find(s.InstanceType, region, PriceComponent.Ec2)))
            .Where(c => c.Quote is not null && c.Quote.HourlyUsd < current.HourlyUsd)
            .Select(c => (c.Spec, Quote: c.Quote!))
            .ToList();
        if (cheaper.Count == 0)
        {
            return result.NoAction($"Instance {id} runs {type}, the cheapest {spec.GpuModel} type of its family; there is nothing smaller to move to.");
        }

        var agent = new[] { Ec2Metrics.GpuUtilization, Ec2Metrics.GpuMemoryUsed, Ec2Metrics.GpuMemoryTotal }
            .Where(m => Ec2Metrics.Agent(snapshot.Inventory, id, m).Count == 0)
            .ToList();
        if (agent.Count > 0)
        {
            return result.Insufficient($"Instance {id} ({type}) publishes no CloudWatch-agent {string.Join(", ", agent)}; "
                + "GPU demand cannot be measured without the agent's nvidia_smi metrics (as in Compute Optimizer).");
        }

        var demand = GpuDemand.Measure(instance, spec.Vcpu, snapshot, options.Percentile);
        var observations = Observations(demand, spec, snapshot, instance, options);
        var window = new ObservationWindow(snapshot.Window.Start, snapshot.Window.End, snapshot.Window.Period, Ec2Metrics.Maximum,
            snapshot.Window.ExpectedPoints > 0 ? (double)demand.CompleteHours / snapshot.Window.ExpectedPoints : 0,
            demand.CompleteHours, snapshot.Window.ExpectedPoints);
        if (demand.CompleteHours < options.MinDatapoints || demand.CpuHours < options.MinDatapoints || demand.CpuVcpus is not { } cpu)
        {
            return result.Insufficient(
                $"Instance {id} ({type}) has {SummaryText.Number(demand.CompleteHours)} hours with every GPU reporting and "
                + $"{SummaryText.Number(demand.CpuHours)} CPU hours (needs {SummaryText.Number(options.MinDatapoints)} of each).",
                new Evidence { Window = window, Observations = observations });
        }

        var gpusNeeded = demand.GpuEquivalents * (1 + options.Headroom);
        var cpuNeeded = cpu * (1 + options.Headroom);
        var fit = cheaper
            .Where(c => c.Spec.GpuCount >= gpusNeeded
                && SameModelCandidates.PerGpuMemoryMib(c.Spec) >= demand.PeakGpuMemoryMib
                && SameModelCandidates.TotalGpuMemoryMib(c.Spec) >= demand.PeakTotalMemoryMib
                && c.Spec.Vcpu >= cpuNeeded)
            .OrderBy(c => c.Quote.HourlyUsd)
            .FirstOrDefault();
        var need = $"{SummaryText.Number(gpusNeeded)} GPUs, {SummaryText.Number(demand.PeakTotalMemoryMib)} MiB GPU memory and {SummaryText.Number(cpuNeeded)} vCPUs";
        if (fit.Spec is null)
        {
            return result.NoAction($"Instance {id} ({type}) needs {need} (P{Pct(options.Percentile)} + {SummaryText.Percent(options.Headroom)}); "
                + "no cheaper type of the same GPU model fits.", new Evidence { Window = window, Observations = observations });
        }

        observations["candidate"] = fit.Spec.InstanceType;
        observations["candidateGpus"] = fit.Spec.GpuCount;
        observations["candidateVcpus"] = fit.Spec.Vcpu;
        var hourly = current.HourlyUsd - fit.Quote.HourlyUsd;
        var savings = new MonthlySavings(MonthlySavings.RoundCents(hourly * MonthlySavings.HoursPerMonth), CostBasis.ListOnDemand);
        var evidence = new Evidence
        {
            Window = window,
            Prices = [current, fit.Quote],
            Formula = Formula,
            Lines = [new SavingsLine($"instance {id}: {type} → {fit.Spec.InstanceType}", hourly, 1, savings.Amount)],
            Observations = observations,
        };
        var summary = $"Instance {id} ({type}, {SummaryText.Number(spec.GpuCount)} × {spec.GpuModel}) needs {need} "
            + $"(P{Pct(options.Percentile)} + {SummaryText.Percent(options.Headroom)}); change it to {fit.Spec.InstanceType} "
            + $"({SummaryText.Number(fit.Spec.GpuCount)} GPU(s), {SummaryText.Number(fit.Spec.Vcpu)} vCPUs) with a stop, modify and start.";
        if (Ec2Hardware.IsSpot(instance))
        {
            summary += " Spot instance: savings use on-demand list prices, so the real saving is smaller.";
        }

        // Why: measured GPUs and CPU with enough hours, but host memory and throughput were not: High only for on-demand rates.
        // Compute Optimizer rates a type change that needs a stop/start as risk 2 (downtime, reversible).
        return result.Recommend(
            ChangeTypeAction, summary, savings, evidence, Ec2Hardware.IsSpot(instance) ? Confidence.Medium : Confidence.High, risk: 2, Effort.Low);
    }

    private static Dictionary<string, object?> Observations(
        GpuDemand demand, InstanceSpec spec, ScopeSnapshot snapshot, Ec2Instance instance, Ec2GpuRightsizeOptions options)
    {
        var totals = Ec2Metrics.Agent(snapshot.Inventory, instance.InstanceId, Ec2Metrics.GpuMemoryTotal)
            .SelectMany(m => Ec2Metrics.Points(snapshot.Metrics, m.ToSpec(Ec2Metrics.Maximum, Ec2Metrics.WindowSeconds(snapshot.Window)), snapshot.Window))
            .Select(p => p.Value)
            .ToList();
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["gpus"] = spec.GpuCount,
            ["gpuSeries"] = demand.Gpus,
            ["completeHours"] = demand.CompleteHours,
            ["percentile"] = options.Percentile,
            ["headroom"] = options.Headroom,
            ["minDatapoints"] = options.MinDatapoints,
            ["gpuDemandGpuEquivalents"] = Math.Round(demand.GpuEquivalents, 4),
            ["peakGpuMemoryUsedMib"] = demand.PeakGpuMemoryMib,
            ["peakTotalGpuMemoryUsedMib"] = demand.PeakTotalMemoryMib,
            ["gpuMemoryTotalMib"] = totals.Count > 0 ? totals.Max() : SameModelCandidates.PerGpuMemoryMib(spec),
            ["cpuDemandVcpus"] = demand.CpuVcpus is { } c ? Math.Round(c, 3) : null,
            ["vcpus"] = spec.Vcpu,
            ["note"] = "host memory and throughput are not measured; validate the candidate with a load test",
        };
    }

    private static string Pct(double percentile) => percentile.ToString("0.#", CultureInfo.InvariantCulture);
}
