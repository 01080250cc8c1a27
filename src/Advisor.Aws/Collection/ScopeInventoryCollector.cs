using Advisor.Aws.Collection.Ec2;
using Advisor.Aws.Collection.SageMaker;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Logging;

namespace Advisor.Aws.Collection;

/// <summary>What phase one of a collection found: the inventory, spot prices, and one status per source.</summary>
public sealed record InventoryResult(ScopeInventory Inventory, IReadOnlyList<SpotPriceObservation> SpotPrices, IReadOnlyList<SourceStatus> Sources);

/// <summary>
/// Phase one of a collection: lists and describes every resource kind of a scope, each source on its own, so one failing
/// source (denied, throttled) is reported as such while the others are still collected.
/// </summary>
public sealed class ScopeInventoryCollector(
    EndpointInventoryCollector endpoints,
    InferenceComponentCollector inferenceComponents,
    ModelCollector models,
    TrainingJobCollector trainingJobs,
    NotebookInstanceCollector notebooks,
    StudioAppCollector studioApps,
    Ec2Collector ec2,
    AgentMetricsCollector agentMetrics,
    AutoScalingCollector autoScaling,
    SageMakerResourceOptions sageMakerOptions,
    ILogger<ScopeInventoryCollector> logger)
{
    public async Task<InventoryResult> CollectAsync(Scope scopeHint, DateTimeOffset collectedAt, CancellationToken cancellationToken)
    {
        var sources = new List<SourceStatus>();
        var (endpointList, endpointStatus) = await endpoints.CollectAsync(cancellationToken);
        sources.Add(endpointStatus);
        var (components, componentStatus) = await inferenceComponents.CollectAsync(cancellationToken);
        sources.Add(componentStatus);
        var (modelList, modelStatus) = await models.CollectAsync(endpointList, components, cancellationToken);
        sources.Add(modelStatus);
        var (jobs, jobStatus) = await trainingJobs.CollectAsync(sageMakerOptions.TrainingJobsSince(collectedAt), cancellationToken);
        sources.Add(jobStatus);
        var (notebookList, notebookStatus) = await notebooks.CollectAsync(cancellationToken);
        sources.Add(notebookStatus);
        var (apps, appStatus) = await studioApps.CollectAsync(cancellationToken);
        sources.Add(appStatus);
        var ec2Inventory = await ec2.CollectAsync(cancellationToken);
        sources.Add(ec2Inventory.InstancesStatus);
        sources.Add(ec2Inventory.SpotPricesStatus);

        IReadOnlyList<MetricIdentity> agent = [];
        var gpuInstances = ec2Inventory.Instances.Where(i => i.State == "running").Select(i => i.InstanceId).ToList();
        try
        {
            (agent, var calls) = await agentMetrics.CollectAsync(gpuInstances, cancellationToken);
            sources.Add(new SourceStatus(Sources.CloudWatchAgentMetrics, gpuInstances.Count == 0 ? SourceHealth.NotChecked : SourceHealth.Healthy,
                $"{agent.Count} agent GPU metrics for {gpuInstances.Count} running GPU instances", calls));
        }
        catch (Exception ex) when (SourceFailure.IsSourceError(ex))
        {
            logger.LogWarning(ex, "ListMetrics for CloudWatch-agent GPU metrics failed");
            sources.Add(new SourceStatus(Sources.CloudWatchAgentMetrics, SourceFailure.HealthOf(ex), SourceFailure.Describe(ex), 1));
        }

        var (scaledVariants, scalingStatus) = await autoScaling.CollectAsync(cancellationToken);
        sources.Add(scalingStatus);

        var inventory = new ScopeInventory(scopeHint, endpointList)
        {
            InferenceComponents = components,
            Models = modelList,
            TrainingJobs = jobs,
            NotebookInstances = notebookList,
            StudioApps = apps,
            Ec2Instances = ec2Inventory.Instances,
            Ec2InstanceTypes = ec2Inventory.InstanceTypes,
            AgentMetrics = agent,
            ScaledVariantResourceIds = scaledVariants,
        };
        return new InventoryResult(inventory, ec2Inventory.SpotPrices, sources);
    }
}
