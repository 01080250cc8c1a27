using Advisor.Analyzers.SageMaker.EndpointIdle;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.Ec2.GpuIdle;

/// <summary>The EC2 GPU idle rule, step by step: data sufficiency, the idle days, the price, then confidence and risk.</summary>
internal static class GpuIdleRules
{
    /// <summary>Why: the action id the remediation and the recommendation id are keyed on.</summary>
    public const string StopAction = "stop-instance";

    public const string EbsNote = "EBS volumes keep billing after a stop (not in the savings)";

    public static Finding Evaluate(Ec2Instance instance, Ec2InstanceTypeInfo type, ScopeSnapshot snapshot, IPriceBook prices, Ec2GpuIdleOptions options)
    {
        var result = Ec2Hardware.Findings(Ec2GpuIdleAnalyzer.Id, instance, snapshot.Scope);
        var id = instance.InstanceId;
        var usage = DailyUsage.Measure(instance, snapshot);
        var idleDays = usage.Days.Count(d => DailyUsage.IsIdle(d, options));
        var observations = GpuIdleEvidence.Observations(instance, usage, idleDays, options);
        var window = GpuIdleEvidence.Window(snapshot.Window, usage);
        var needData = usage.WindowDays - options.MaxMissingDays;
        if (usage.Days.Count < needData || usage.Days.Count == 0)
        {
            var what = usage.HasAgent ? "CPU, network and GPU" : "CPU and network";
            return result.Insufficient(
                $"Instance {id} ({instance.InstanceType}) has {what} data on {SummaryText.Number(usage.Days.Count)} of "
                + $"{SummaryText.Number(usage.WindowDays)} days (needs {SummaryText.Number(Math.Max(needData, 1))}).",
                new Evidence { Window = window, Observations = observations });
        }

        var needIdle = usage.WindowDays - options.MaxNonIdleDays;
        if (idleDays < needIdle)
        {
            return result.NoAction(
                $"Instance {id} ({instance.InstanceType}) was idle on {SummaryText.Number(idleDays)} of {SummaryText.Number(usage.WindowDays)} days "
                + $"(needs {SummaryText.Number(needIdle)}); it is in use.",
                new Evidence { Window = window, Observations = observations });
        }

        if (InstancePrice.Resolve(instance, snapshot, prices) is not { } price)
        {
            return result.Insufficient($"No trusted EC2 price for {instance.InstanceType} in {snapshot.Scope.Region}; instance {id} cannot be costed.",
                new Evidence { Window = window, Observations = observations });
        }

        var evidence = GpuIdleEvidence.Savings(instance, price, window, observations, out var savings);
        var instanceStore = string.Equals(instance.RootDeviceType, Ec2Hardware.InstanceStore, StringComparison.Ordinal);
        var signals = usage.HasAgent ? "CPU, network and GPUs" : "CPU and network (no CloudWatch-agent GPU metrics)";
        var summary = $"Instance {id} ({instance.InstanceType}) was idle on {SummaryText.Number(idleDays)} of {SummaryText.Number(usage.WindowDays)} days "
            + $"by {signals}; stop it. {char.ToUpperInvariant(EbsNote[0])}{EbsNote[1..]}.";
        if (instanceStore)
        {
            summary += " Its root device is instance-store: it cannot be stopped, only terminated, losing local data; image it first.";
        }

        if (price.SpotPriceMissing)
        {
            summary += " Spot instance without a spot price in the snapshot: savings use the on-demand list price, an upper bound.";
        }

        // Why: High needs measured GPUs (agent); CPU/network alone are partial signals (Medium); a guessed spot rate lowers it again.
        var confidence = (usage.HasAgent, price.SpotPriceMissing) switch
        {
            (true, false) => Confidence.High,
            (true, true) or (false, false) => Confidence.Medium,
            _ => Confidence.Low,
        };

        // Why: Compute Optimizer's scale: stopping an EBS-backed box is reversible (1); an instance-store root means terminate (3).
        return result.Recommend(
            StopAction, summary, savings, evidence, confidence, risk: instanceStore ? 3 : 1, instanceStore ? Effort.Medium : Effort.VeryLow);
    }
}
