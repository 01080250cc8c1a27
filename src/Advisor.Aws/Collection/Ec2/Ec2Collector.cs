using Advisor.Aws.Ec2;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Logging;

namespace Advisor.Aws.Collection.Ec2;

/// <summary>
/// Collects the running and stopped EC2 instances that have GPUs or accelerators. Decides by DescribeInstanceTypes
/// (GpuInfo, InferenceAcceleratorInfo, NeuronInfo), not by the name: lists every instance, describes the distinct types in
/// batches of 100, keeps those with devices, then reads 7 days of Linux spot prices for the kept types.
/// </summary>
public sealed class Ec2Collector(IEc2Api ec2, TimeProvider clock, ILogger<Ec2Collector> logger)
{
    /// <summary>Why: the states in which an instance costs money (running) or can be restarted to (stopped: EBS still billed).</summary>
    public static readonly IReadOnlyList<string> States = ["running", "stopped"];

    /// <summary>Why: a week of spot history shows the current price band without paging through 90 days.</summary>
    public static readonly TimeSpan SpotLookback = TimeSpan.FromDays(7);

    /// <summary>Why: DescribeInstanceTypes takes at most 100 types per call.</summary>
    private const int TypeBatch = 100;

    /// <summary>Why: a token that never ends is a server bug; stop rather than loop forever.</summary>
    private const int MaxPages = 10_000;

    public async Task<Ec2Inventory> CollectAsync(CancellationToken cancellationToken)
    {
        var calls = 0;
        List<Ec2Instance> all;
        var types = new List<Ec2InstanceTypeInfo>();
        try
        {
            all = await PagesAsync(
                token => ec2.DescribeInstancesAsync(new Ec2InstanceQuery { States = States, NextToken = token }, cancellationToken),
                p => (p.Instances, p.NextToken), () => calls++);
            foreach (var batch in all.Select(i => i.InstanceType).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Chunk(TypeBatch))
            {
                types.AddRange(await PagesAsync(
                    token => ec2.DescribeInstanceTypesAsync(batch, token, cancellationToken), p => (p.InstanceTypes, p.NextToken), () => calls++));
            }
        }
        catch (Exception ex) when (SourceFailure.IsSourceError(ex) || ex is InvalidOperationException)
        {
            logger.LogWarning(ex, "Collecting EC2 instances failed with {Health}", SourceFailure.HealthOf(ex));
            var failed = new SourceStatus(Sources.Ec2Instances, SourceFailure.HealthOf(ex), SourceFailure.Describe(ex), calls);
            return new Ec2Inventory([], [], [], failed, new SourceStatus(Sources.Ec2SpotPrices, SourceHealth.NotChecked, "EC2 instances could not be listed"));
        }

        var accelerated = types.Where(t => t.GpuCount > 0 || t.AcceleratorCount > 0).ToList();
        var keep = accelerated.Select(t => t.InstanceType).ToHashSet(StringComparer.Ordinal);
        var instances = all.Where(i => keep.Contains(i.InstanceType)).ToList();
        var instanceCount = instances.Count;
        var listed = all.Count;
        logger.LogInformation("Kept {GpuInstances} GPU/accelerator instances of {Listed} listed, with {Calls} calls", instanceCount, listed, calls);
        var status = new SourceStatus(Sources.Ec2Instances, SourceHealth.Healthy, $"{instances.Count} GPU/accelerator instances of {all.Count}", calls);
        var (prices, spotStatus) = await SpotPricesAsync(keep.Order(StringComparer.Ordinal).ToList(), cancellationToken);
        return new Ec2Inventory(instances, accelerated, prices, status, spotStatus);
    }

    private async Task<(IReadOnlyList<SpotPriceObservation>, SourceStatus)> SpotPricesAsync(List<string> types, CancellationToken cancellationToken)
    {
        if (types.Count == 0)
        {
            return ([], new SourceStatus(Sources.Ec2SpotPrices, SourceHealth.Healthy, "no GPU/accelerator instance types", 0));
        }

        var calls = 0;
        var start = clock.GetUtcNow() - SpotLookback;
        try
        {
            var prices = await PagesAsync(
                token => ec2.DescribeSpotPriceHistoryAsync(new SpotPriceQuery { InstanceTypes = types, StartTime = start, NextToken = token }, cancellationToken),
                p => (p.Prices, p.NextToken), () => calls++);
            return (prices, new SourceStatus(Sources.Ec2SpotPrices, SourceHealth.Healthy, $"{prices.Count} spot prices for {types.Count} types", calls));
        }
        catch (Exception ex) when (SourceFailure.IsSourceError(ex) || ex is InvalidOperationException)
        {
            logger.LogWarning(ex, "Reading spot prices failed with {Health}", SourceFailure.HealthOf(ex));
            return ([], new SourceStatus(Sources.Ec2SpotPrices, SourceFailure.HealthOf(ex), SourceFailure.Describe(ex), calls));
        }
    }

    private static async Task<List<TItem>> PagesAsync<TPage, TItem>(
        Func<string?, Task<TPage>> fetch, Func<TPage, (IReadOnlyList<TItem> Items, string? Next)> read, Action countCall)
    {
        var items = new List<TItem>();
        string? token = null;
        var pages = 0;
        do
        {
            if (++pages > MaxPages)
            {
                throw new InvalidOperationException($"EC2 returned more than {MaxPages} pages; stopping (the NextToken never ended).");
            }

            var page = await fetch(token);
            countCall();
            var (pageItems, next) = read(page);
            items.AddRange(pageItems);
            token = string.IsNullOrEmpty(next) ? null : next;
        }
        while (token is not null);

        return items;
    }
}
