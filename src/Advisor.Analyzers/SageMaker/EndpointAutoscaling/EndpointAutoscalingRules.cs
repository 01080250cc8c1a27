using Advisor.Analyzers.Common;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.SageMaker.EndpointAutoscaling;

/// <summary>The endpoint-autoscaling rule for one variant: exclusions, policy source, data sufficiency, swing, price, savings.</summary>
internal static class EndpointAutoscalingRules
{
    /// <summary>Why: the action id the remediation and the recommendation id are keyed on.</summary>
    public const string Action = "add-target-tracking";

    public const string Assumption = "estimate: a target-tracking policy on SageMakerVariantInvocationsPerInstance keeps instances in "
        + "proportion to each hour's invocations relative to the peak hour (rounded up, never below the minimum); scale-out lag and "
        + "cooldowns are ignored, so the real saving is somewhat lower";

    /// <summary>The finding's resource id: <c>endpoint/variant</c>, as the other variant analyzers report it.</summary>
    public static string ResourceId(string endpointName, string variantName) => endpointName + "/" + variantName;

    /// <summary>The Application Auto Scaling resource id of a variant.</summary>
    public static string ScalingResourceId(string endpointName, string variantName) => $"endpoint/{endpointName}/variant/{variantName}";

    public static Finding Evaluate(
        SageMakerEndpoint endpoint, EndpointVariant variant, ScopeSnapshot snapshot, IPriceBook prices, SageMakerEndpointAutoscalingOptions options)
    {
        var scope = snapshot.Scope;
        var result = new FindingFactory(SageMakerEndpointAutoscalingAnalyzer.Id, new ResourceRef(
            ResourceId(endpoint.Name, variant.Name), endpoint.Arn, ResourceTypes.SageMakerEndpointVariant, scope.Account, scope.Region));
        var label = $"Variant {variant.Name} of endpoint {endpoint.Name}";
        if (variant.InstanceCount < options.MinInstances)
        {
            return result.NoAction($"{label} runs {variant.InstanceCount} instance(s), fewer than {options.MinInstances}; there is nothing to scale in.");
        }

        if (variant.ManagedScalingMinInstances is not null)
        {
            return result.NoAction($"{label} already uses managed instance scaling.");
        }

        var policySource = snapshot.StatusOf(Sources.ApplicationAutoScaling);
        if (policySource.Health != SourceHealth.Healthy)
        {
            return result.Insufficient($"Whether {label} has a scaling policy is unknown: the application-autoscaling source is {policySource.Health}.");
        }

        if (snapshot.Inventory.ScaledVariantResourceIds.Contains(ScalingResourceId(endpoint.Name, variant.Name), StringComparer.Ordinal))
        {
            return result.NoAction($"{label} already has an Application Auto Scaling policy.");
        }

        var window = snapshot.Window;
        var spec = EndpointAutoscalingMetrics.Invocations(endpoint.Name, variant.Name, window);
        var series = snapshot.Metrics.Find(spec);
        IReadOnlyList<double> hourly = series is null || series.Status == MetricStatus.Failed
            ? []
            : [.. series.Points.Where(p => p.Timestamp >= window.Start && p.Timestamp < window.End).Select(p => p.Value)];
        var coverage = window.ExpectedPoints == 0 ? 0 : (double)hourly.Count / window.ExpectedPoints;
        var observed = new ObservationWindow(window.Start, window.End, window.Period, EndpointAutoscalingMetrics.Statistic, coverage, hourly.Count, window.ExpectedPoints);
        if (hourly.Count < options.MinDatapoints)
        {
            return result.Insufficient(
                $"{label} has {hourly.Count} hourly Invocations datapoints (needs {options.MinDatapoints}); its daily swing is unknown.",
                new Evidence { Window = observed });
        }

        var sorted = hourly.Order().ToList();
        var high = TrafficShape.Percentile(sorted, TrafficShape.HighPercentile);
        var low = TrafficShape.Percentile(sorted, TrafficShape.LowPercentile);
        var swing = TrafficShape.Swing(high, low);
        var observations = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["instanceCount"] = variant.InstanceCount,
            ["p95HourlyInvocations"] = high,
            ["p5HourlyInvocations"] = low,
            ["peakHourlyInvocations"] = sorted[^1],
            ["swing"] = double.IsInfinity(swing) ? "infinite (quiet hours have no invocations)" : Math.Round(swing, 4),
            ["minTrafficSwing"] = options.MinTrafficSwing,
            ["minInstances"] = options.MinInstances,
        };
        if (swing < options.MinTrafficSwing)
        {
            return result.NoAction($"{label}: hourly traffic swings {Math.Round(swing, 2)}× (P95 ÷ P5), below {options.MinTrafficSwing}×; a policy would shed little.",
                new Evidence { Window = observed, Observations = observations });
        }

        if (variant.InstanceType is not { } type || prices.Find(type, scope.Region, PriceComponent.Hosting) is not { } quote)
        {
            return result.Insufficient($"No trusted Hosting price for {variant.InstanceType ?? "(no instance type)"} in {scope.Region}; {label} cannot be costed.",
                new Evidence { Window = observed, Observations = observations });
        }

        var shed = TrafficShape.ShedInstanceHours(variant.InstanceCount, options.MinInstances, hourly);
        var exact = quote.HourlyUsd * shed / hourly.Count * MonthlySavings.HoursPerMonth;
        var amount = MonthlySavings.RoundCents(exact);
        observations["shedInstanceHours"] = shed;
        observations["observedHours"] = hourly.Count;
        observations["assumption"] = Assumption;
        var evidence = new Evidence
        {
            Window = observed,
            Observations = observations,
            Prices = [quote],
            Formula = EndpointAutoscalingDescriptor.Value.SavingsFormula,
            Lines = [new SavingsLine($"{type}: {shed} instance-hours shed over {hourly.Count} h", quote.HourlyUsd, shed / hourly.Count, amount)],
        };
        if (amount <= 0)
        {
            return result.NoAction($"{label}: traffic swings but the fleet of {variant.InstanceCount} is already at the minimum for every hour.", evidence);
        }

        // Why: an estimate from hourly sums, not a measurement, so at most Medium; a new policy changes capacity in production (risk 2).
        return result.Recommend(
            Action,
            $"{label} runs {variant.InstanceCount} × {type} around the clock while hourly traffic swings "
            + (double.IsInfinity(swing) ? "from zero" : $"{Math.Round(swing, 1)}×") + "; add target tracking on SageMakerVariantInvocationsPerInstance.",
            new MonthlySavings(amount, CostBasis.ListOnDemand),
            evidence,
            coverage >= options.MediumConfidenceCoverage ? Confidence.Medium : Confidence.Low,
            risk: 2,
            Effort.Low);
    }
}
