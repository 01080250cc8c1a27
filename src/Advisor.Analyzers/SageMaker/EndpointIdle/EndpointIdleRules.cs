using Advisor.Analyzers.Common;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.SageMaker.EndpointIdle;

/// <summary>The endpoint-idle rule, step by step: exclusions, data sufficiency, prices, then the invocation threshold.</summary>
internal static class EndpointIdleRules
{
    /// <summary>Why: the action id the remediation and the recommendation id are keyed on.</summary>
    public const string DeleteAction = "delete-endpoint";

    public static Finding Evaluate(SageMakerEndpoint endpoint, ScopeSnapshot snapshot, IPriceBook prices, SageMakerEndpointIdleOptions options)
    {
        var result = new FindingFactory(
            SageMakerEndpointIdleAnalyzer.Id,
            new ResourceRef(endpoint.Name, endpoint.Arn, ResourceTypes.SageMakerEndpoint, snapshot.Scope.Account, snapshot.Scope.Region));
        var window = snapshot.Window;
        var variants = endpoint.Variants;
        var name = endpoint.Name;

        if (variants.FirstOrDefault(v => v.ManagedScalingMinInstances == 0) is { } scalesToZero)
        {
            return result.NoAction($"Endpoint {name} can scale to zero (variant {scalesToZero.Name} has a managed scaling minimum of 0); "
                + "scale-to-zero endpoints cost nothing idle.");
        }

        if (variants.Count > 0 && variants.All(v => v.IsServerless))
        {
            return result.NoAction($"Endpoint {name} is serverless; serverless endpoints cost nothing idle.");
        }

        if (!endpoint.ConfigResolved)
        {
            return result.Insufficient($"The endpoint config of {name} could not be read, so its instance types are unknown.");
        }

        if (variants.Count == 0)
        {
            return result.Insufficient($"Endpoint {name} has no production variants in the snapshot, so its instances are unknown.");
        }

        // Why: serverless variants publish no instance metrics and are not queried, so their traffic is unknown here;
        // deleting the endpoint would cut it off.
        if (variants.FirstOrDefault(v => v.IsServerless) is { } serverless)
        {
            return result.Insufficient($"Endpoint {name} mixes instance variants with serverless variant {serverless.Name}, whose traffic is not measured.");
        }

        if (endpoint.CreationTime > window.Start)
        {
            return result.Insufficient($"Endpoint {name} was created {SummaryText.Time(endpoint.CreationTime)}, "
                + $"younger than the {SummaryText.Days(window)}-day window.");
        }

        var usages = variants.Select(v => VariantUsage.Measure(name, v, snapshot, prices)).ToList();
        var observations = EndpointIdleEvidence.Observations(usages, options);
        var observed = EndpointIdleEvidence.Window(window, usages);
        var gap = usages.FirstOrDefault(u => u.CpuDatapoints < options.MinDatapoints || u.Coverage < options.MinMonitoredCoverage);
        if (gap is not null)
        {
            return result.Insufficient(
                $"Monitoring gap: variant {gap.Variant.Name} has {SummaryText.Number(gap.CpuDatapoints)} of {SummaryText.Number(window.ExpectedPoints)} "
                + $"{SummaryText.Period(window)} CPUUtilization datapoints (needs {SummaryText.Number(options.MinDatapoints)} and "
                + $"{SummaryText.Percent(options.MinMonitoredCoverage)} coverage).",
                new Evidence { Window = observed, Observations = observations });
        }

        var quotes = new List<PriceQuote>();
        foreach (var variant in variants)
        {
            if (variant.InstanceType is not { } type)
            {
                return result.Insufficient($"Variant {variant.Name} of endpoint {name} has no instance type in its config.");
            }

            var quote = prices.Find(type, snapshot.Scope.Region, PriceComponent.Hosting);
            if (quote is null)
            {
                return result.Insufficient($"No trusted price for {type} (Hosting) in {snapshot.Scope.Region}; endpoint {name} cannot be costed.",
                    new Evidence { Window = observed, Observations = observations });
            }

            quotes.Add(quote);
        }

        var total = usages.Sum(u => u.Invocations);
        var fleet = string.Join(" + ", variants.Select(v => $"{SummaryText.Number(v.InstanceCount)} × {v.InstanceType}"));
        if (total > options.InvocationThreshold)
        {
            return result.NoAction(
                $"Endpoint {name} served {SummaryText.Number(total)} invocations in {SummaryText.Days(window)} days on {fleet} "
                + $"(idle threshold {SummaryText.Number(options.InvocationThreshold)}); it is in use.",
                new Evidence { Window = observed, Observations = observations });
        }

        var evidence = EndpointIdleEvidence.Savings(usages, quotes, observed, observations, out var savings);
        if (savings.Amount <= 0)
        {
            return result.NoAction($"Endpoint {name} runs no instances now ({fleet}); deleting it saves nothing.", evidence);
        }

        // Why: measured with full coverage (the gap check passed), so High; deleting an unused endpoint is low risk
        // (Compute Optimizer's scale: 1) because re-creating it from the kept config is one call, and the work is one API call.
        return result.Recommend(
            DeleteAction,
            $"Endpoint {name} served {SummaryText.Number(total)} invocations in {SummaryText.Days(window)} days on {fleet}; "
            + "delete it (config and model are kept).",
            savings,
            evidence,
            Confidence.High,
            risk: 1,
            Effort.VeryLow);
    }
}
