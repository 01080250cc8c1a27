using Advisor.Analyzers.SageMaker.EndpointIdle;
using Advisor.Analyzers.SageMaker.EndpointRightsize;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.SageMaker.EndpointConsolidation;

/// <summary>An endpoint that could join a consolidation group: InService, old enough, one instance-backed variant, a known image.</summary>
internal sealed record ConsolidationCandidate(SageMakerEndpoint Endpoint, EndpointVariant Variant, string InstanceType, InstanceSpec Spec, string Image)
{
    public bool IsGpu => Spec is { Accelerator: HostingCandidates.Gpu, GpuCount: > 0 };

    /// <summary>The candidates of an inventory grouped by image, only images with at least <paramref name="minMembers"/> candidates.</summary>
    public static IReadOnlyList<IGrouping<string, ConsolidationCandidate>> Groups(
        ScopeInventory inventory, AnalysisWindow window, IPriceBook specs, int minMembers)
    {
        var images = inventory.Models
            .Where(m => !string.IsNullOrEmpty(m.Image))
            .GroupBy(m => m.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Image!, StringComparer.Ordinal);
        var found = new List<ConsolidationCandidate>();
        foreach (var endpoint in inventory.Endpoints)
        {
            // Why: only a settled endpoint with a single instance-backed variant is moved whole; A/B variants, serverless and
            // managed-scaling (inference component) endpoints keep their own endpoint; younger endpoints have no full window.
            if (!string.Equals(endpoint.Status, SageMakerEndpointIdleAnalyzer.InServiceStatus, StringComparison.Ordinal)
                || !endpoint.ConfigResolved || endpoint.Variants.Count != 1 || endpoint.CreationTime > window.Start)
            {
                continue;
            }

            var variant = endpoint.Variants[0];
            if (variant.IsServerless || variant.ManagedScalingMinInstances is not null || variant.InstanceCount <= 0
                || variant.InstanceType is not { } type || specs.Spec(type) is not { } spec || !HostingCandidates.Covers(spec)
                || variant.ModelName is not { } model || !images.TryGetValue(model, out var image))
            {
                continue;
            }

            found.Add(new ConsolidationCandidate(endpoint, variant, type, spec, image));
        }

        return [.. found.GroupBy(c => c.Image, StringComparer.Ordinal).Where(g => g.Count() >= minMembers).OrderBy(g => g.Key, StringComparer.Ordinal)];
    }

    /// <summary>The queries this candidate needs: the right-size rule's specs exactly, so the planner fetches each once.</summary>
    public IEnumerable<MetricSpec> Specs(AnalysisWindow window)
    {
        yield return EndpointRightsizeMetrics.InvocationsTotal(Endpoint.Name, Variant.Name, window);
        yield return EndpointRightsizeMetrics.Hourly(EndpointIdleMetrics.CpuMetric, Endpoint.Name, Variant.Name, window);
        if (IsGpu)
        {
            yield return EndpointRightsizeMetrics.Hourly(EndpointRightsizeMetrics.GpuMetric, Endpoint.Name, Variant.Name, window);
            yield return EndpointRightsizeMetrics.Hourly(EndpointRightsizeMetrics.GpuMemoryMetric, Endpoint.Name, Variant.Name, window);
        }
    }

    /// <summary>The group's resource id: <c>consolidation:</c> + the image's last path segment without tag or digest.</summary>
    public static string GroupId(string image)
    {
        var name = image[(image.LastIndexOf('/') + 1)..];
        var cut = name.IndexOfAny([':', '@']);
        return "consolidation:" + (cut >= 0 ? name[..cut] : name);
    }
}
