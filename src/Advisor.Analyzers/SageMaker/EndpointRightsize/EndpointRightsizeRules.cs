using Advisor.Analyzers.Common;
using Advisor.Analyzers.SageMaker.EndpointIdle;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.SageMaker.EndpointRightsize;

/// <summary>The endpoint right-size rule, step by step: endpoint exclusions, then per variant hardware, prices, data and the cheapest fit.</summary>
internal static class EndpointRightsizeRules
{
    /// <summary>Why: the action id the remediation and the recommendation id are keyed on.</summary>
    public const string ChangeTypeAction = "change-instance-type";

    public static IEnumerable<Finding> Evaluate(SageMakerEndpoint endpoint, ScopeSnapshot snapshot, IPriceBook prices, SageMakerEndpointRightsizeOptions options)
    {
        var name = endpoint.Name;
        if (!endpoint.ConfigResolved || endpoint.Variants.Count == 0)
        {
            var whole = new FindingFactory(SageMakerEndpointRightsizeAnalyzer.Id,
                new ResourceRef(name, endpoint.Arn, ResourceTypes.SageMakerEndpoint, snapshot.Scope.Account, snapshot.Scope.Region));
            return [whole.Insufficient($"The endpoint config of {name} could not be read or names no variants, so its instances are unknown.")];
        }

        var instanceBacked = endpoint.Variants.Where(v => !v.IsServerless).ToList();
        var invocations = instanceBacked
            .SelectMany(v => EndpointRightsizeMetrics.Values(snapshot, EndpointRightsizeMetrics.InvocationsTotal(name, v.Name, snapshot.Window)))
            .Sum();
        return [.. endpoint.Variants.Select(v => EvaluateVariant(endpoint, v, invocations, snapshot, prices, options))];
    }

    private static Finding EvaluateVariant(
        SageMakerEndpoint endpoint, EndpointVariant variant, double invocations, ScopeSnapshot snapshot, IPriceBook prices, SageMakerEndpointRightsizeOptions options)
    {
        var result = Factory(endpoint, variant, snapshot.Scope);
        var label = $"Variant {variant.Name} of endpoint {endpoint.Name}";
        var window = snapshot.Window;
        if (variant.IsServerless)
        {
            return result.NoAction($"{label} is serverless; it bills per request, with no instances to right-size.");
        }

        // Why: with managed instance scaling (inference components) SageMaker sets the instance count itself; the components are sized instead.
        if (variant.ManagedScalingMinInstances is not null)
        {
            return result.NoAction($"{label} uses managed instance scaling; its instance count follows its inference components.");
        }

        if (endpoint.CreationTime > window.Start)
        {
            return result.Insufficient($"Endpoint {endpoint.Name} was created {SummaryText.Time(endpoint.CreationTime)}, "
                + $"younger than the {SummaryText.Days(window)}-day window.");
        }

        // Why: an endpoint with no invocations is deleted, not resized; sagemaker-endpoint-idle owns it.
        if (invocations <= 0)
        {
            return result.NoAction($"Endpoint {endpoint.Name} served no invocations in {SummaryText.Days(window)} days; "
                + "it is left to sagemaker-endpoint-idle (delete, not right-size).");
        }

        if (variant.InstanceType is not { } type || prices.Spec(type) is not { } spec)
        {
            return result.Insufficient($"{label} has an instance type ({variant.InstanceType ?? "none"}) whose hardware is not in the price table's specs.");
        }

        if (!HostingCandidates.Covers(spec))
        {
            return result.NoAction($"{label} runs {type} ({spec.Accelerator}); only CPU and NVIDIA GPU types are sized, as no throughput table covers other accelerators.");
        }

        if (prices.Find(type, snapshot.Scope.Region, PriceComponent.Hosting) is not { } quote)
        {
            return result.Insufficient($"No trusted price for {type} (Hosting) in {snapshot.Scope.Region}; {label} cannot be costed.");
        }

        var current = new HostingType(spec, quote);
        if (variant.InstanceCount <= FleetChoice.Floor(variant.InstanceCount)
            && HostingCandidates.Cheaper(current, snapshot.Scope.Region, prices).Count == 0)
        {
            return result.NoAction($"{label} runs {SummaryText.Number(variant.InstanceCount)} × {type}, the cheapest size of its family "
                + "at the fewest instances it may keep; there is nothing smaller to move to.");
        }

        return VariantSizing.Decide(result, label, endpoint.Name, variant, current, snapshot, prices, options);
    }

    private static FindingFactory Factory(SageMakerEndpoint endpoint, EndpointVariant variant, Scope scope) =>
        new(SageMakerEndpointRightsizeAnalyzer.Id, new ResourceRef(
            ResourceId(endpoint.Name, variant.Name), endpoint.Arn, ResourceTypes.SageMakerEndpointVariant, scope.Account, scope.Region));

    /// <summary>The finding's resource id: <c>endpoint/variant</c> (variants have no ARN of their own).</summary>
    public static string ResourceId(string endpointName, string variantName) => endpointName + "/" + variantName;
}
