using System.Globalization;
using Advisor.Analyzers.Common;
using Advisor.Analyzers.SageMaker.EndpointIdle;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.SageMaker.EndpointRightsize;

/// <summary>The measured half of the rule for one priced variant: data sufficiency, demand, the cheapest fitting fleet and its evidence.</summary>
internal static class VariantSizing
{
    public const string Formula = "(current hourly Hosting price × current count − candidate hourly price × candidate count) × 730 h";

    public static Finding Decide(
        FindingFactory result, string label, string endpointName, EndpointVariant variant, HostingType current,
        ScopeSnapshot snapshot, IPriceBook prices, SageMakerEndpointRightsizeOptions options)
    {
        var window = snapshot.Window;
        var spec = current.Spec;
        var gpu = spec.Accelerator == HostingCandidates.Gpu && spec.GpuCount > 0;
        var cpu = Series(snapshot, endpointName, variant, EndpointIdleMetrics.CpuMetric);
        var gpuValues = gpu ? Series(snapshot, endpointName, variant, EndpointRightsizeMetrics.GpuMetric) : [];
        var memory = gpu ? Series(snapshot, endpointName, variant, EndpointRightsizeMetrics.GpuMemoryMetric) : [];
        var fewest = gpu ? Math.Min(cpu.Count, Math.Min(gpuValues.Count, memory.Count)) : cpu.Count;
        var observed = new ObservationWindow(window.Start, window.End, window.Period, EndpointRightsizeMetrics.Stat,
            window.ExpectedPoints > 0 ? (double)fewest / window.ExpectedPoints : 0, fewest, window.ExpectedPoints);
        var observations = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["instanceType"] = current.InstanceType,
            ["instanceCount"] = variant.InstanceCount,
            ["vcpus"] = spec.Vcpu,
            ["gpus"] = spec.GpuCount,
            ["gpuMemoryGib"] = spec.GpuMemoryGib,
            ["cpuDatapoints"] = cpu.Count,
            ["percentile"] = options.Percentile,
            ["headroom"] = options.Headroom,
            ["minDatapoints"] = options.MinDatapoints,
            ["minMonthlySavings"] = options.MinMonthlySavings,
        };
        if (gpu)
        {
            observations["gpuDatapoints"] = gpuValues.Count;
            observations["gpuMemoryDatapoints"] = memory.Count;
        }

        if (fewest < options.MinDatapoints)
        {
            return result.Insufficient($"{label} has {SummaryText.Number(fewest)} hourly datapoints on its sparsest gauge "
                + $"(needs {SummaryText.Number(options.MinDatapoints)}).", new Evidence { Window = observed, Observations = observations });
        }

        if (variant.InstanceCount <= 0)
        {
            return result.NoAction($"{label} runs no instances now; there is nothing to right-size.", new Evidence { Window = observed, Observations = observations });
        }

        var demand = new VariantDemand(
            variant.InstanceCount,
            VariantDemand.Percentile(cpu, options.Percentile),
            gpu ? VariantDemand.Percentile(gpuValues, options.Percentile) : null,
            gpu ? VariantDemand.Percentile(memory, options.Percentile) : null,
            options.Headroom);
        observations["cpuDemandPerVcpu"] = Math.Round(VariantDemand.Normalised(demand.CpuPercentile, spec.Vcpu), 4);
        observations["fleetVcpusNeeded"] = Math.Round(demand.FleetVcpus, 3);
        if (gpu)
        {
            observations["gpuDemandPerGpu"] = Math.Round(VariantDemand.Normalised(demand.GpuPercentile!.Value, spec.GpuCount), 4);
            observations["gpuMemoryDemandPerGpu"] = Math.Round(VariantDemand.Normalised(demand.GpuMemoryPercentile!.Value, spec.GpuCount), 4);
            observations["fleetGpusNeeded"] = Math.Round(demand.FleetGpus, 3);
            observations["gpuMemoryGibNeededPerInstance"] = Math.Round(demand.GpuMemoryGibPerInstance(spec), 3);
        }

        var region = snapshot.Scope.Region;
        var fleet = FleetChoice.Cheapest(current, variant.InstanceCount, HostingCandidates.Cheaper(current, region, prices), demand);
        var need = Need(demand, spec, gpu, options);
        var now = $"{SummaryText.Number(variant.InstanceCount)} × {current.InstanceType}";
        if (fleet is null)
        {
            return result.NoAction($"{label} ({now}) needs {need}; no cheaper fleet of the same family and GPU model holds it.",
                new Evidence { Window = observed, Observations = observations });
        }

        observations["candidateType"] = fleet.Type.InstanceType;
        observations["candidateCount"] = fleet.Count;
        var hourly = (current.Quote.HourlyUsd * variant.InstanceCount) - fleet.HourlyUsd;
        var savings = new MonthlySavings(MonthlySavings.RoundCents(hourly * MonthlySavings.HoursPerMonth), CostBasis.ListOnDemand);
        var target = $"{SummaryText.Number(fleet.Count)} × {fleet.Type.InstanceType}";
        var evidence = new Evidence
        {
            Window = observed,
            Prices = [.. new[] { current.Quote, fleet.Type.Quote }.Distinct()],
            Formula = Formula,
            Lines = [new SavingsLine($"variant {variant.Name}: {now} → {target}", hourly, 1, savings.Amount)],
            Observations = observations,
        };
        if (savings.Amount < options.MinMonthlySavings)
        {
            return result.NoAction($"{label} ({now}) fits {target}, but that saves {Money(savings.Amount)} a month, under the "
                + $"{Money(options.MinMonthlySavings)} minimum.", evidence);
        }

        // Why: measured with enough hourly maxima on every dimension, so High; a blue/green UpdateEndpoint keeps serving but the new
        // fleet's latency is not measured, which Compute Optimizer rates risk 2; a new config plus one update call is low effort.
        return result.Recommend(
            EndpointRightsizeRules.ChangeTypeAction,
            $"{label} ({now}) needs {need}; move it to {target} with a new endpoint config and a blue/green UpdateEndpoint.",
            savings,
            evidence,
            Confidence.High,
            risk: 2,
            Effort.Low);
    }

    private static List<double> Series(ScopeSnapshot snapshot, string endpointName, EndpointVariant variant, string metric) =>
        EndpointRightsizeMetrics.Values(snapshot, EndpointRightsizeMetrics.Hourly(metric, endpointName, variant.Name, snapshot.Window));

    private static string Need(VariantDemand demand, InstanceSpec spec, bool gpu, SageMakerEndpointRightsizeOptions options)
    {
        var text = $"{SummaryText.Number(demand.FleetVcpus)} vCPUs";
        if (gpu)
        {
            text += $", {SummaryText.Number(demand.FleetGpus)} GPUs and {SummaryText.Number(demand.GpuMemoryGibPerInstance(spec))} GiB GPU memory per instance";
        }

        return text + $" (P{options.Percentile.ToString("0.#", CultureInfo.InvariantCulture)} of hourly maxima + {SummaryText.Percent(options.Headroom)})";
    }

    private static string Money(decimal usd) => usd.ToString("$0.00", CultureInfo.InvariantCulture);
}
