using System.Collections.Concurrent;
using Advisor.Core.Pricing;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Pricing;

namespace Advisor.Sandbox.CostExplorer;

/// <summary>One billed line of one day: a resource's usage type, hours and cost, with the attributes Cost Explorer filters and groups by.</summary>
internal sealed record CostLine(
    DateOnly Date,
    string Service,
    string UsageType,
    string InstanceType,
    string Operation,
    string PurchaseType,
    decimal Hours,
    decimal Cost,
    IReadOnlyDictionary<string, string> Tags);

/// <summary>
/// The estate's bill, consistent with its resources and <see cref="BundledPriceBook.Default"/> (the sandbox's only price source).
/// Only whole days before the estate's "now" are billed (today is still open). For each day:
/// <list type="bullet">
/// <item>InService endpoints created before the day: each instance-backed variant, Hosting price × count × 24 h (<c>USE1-Host:type</c>).</item>
/// <item>Training jobs, on the day they ended (or were created): billable seconds × count × Training price / 3600
/// (<c>USE1-Train:type</c>, or <c>USE1-TrSpt:type</c> for managed spot; billable seconds already carry the spot saving).</item>
/// <item>InService notebook instances created before the day: Notebook price × 24 h (<c>USE1-Notebk:type</c>).</item>
/// <item>Running on-demand EC2 instances launched before the day: EC2 price × 24 h (<c>BoxUsage:type</c>). Spot instances are not billed
/// here (their price is not in the table).</item>
/// </list>
/// Types without a trusted price in the table are left off the bill (the sandbox never invents a price).
/// With a <see cref="BillingHistory"/> (a served estate), the bill follows the mutating operations: each hour is billed from the
/// state in effect at its start (a change at 10:20 bills the new state from 10:00), so a deleted endpoint, a stopped notebook or
/// instance, a right-sized variant (the new type from then on) or components scaled to zero change the bill from that hour on,
/// and "today" moves with the sandbox clock.
/// </summary>
internal sealed class CostLedger(SandboxEstate estate, BillingHistory? history = null)
{
    public const string SageMakerService = "Amazon SageMaker";
    public const string Ec2Service = "Amazon Elastic Compute Cloud - Compute";

    /// <summary>Why: every always-on resource bills 24 instance-hours per whole day.</summary>
    private const decimal HoursPerDay = 24m;

    private readonly ConcurrentDictionary<(DateOnly Day, int Version), IReadOnlyList<CostLine>> _days = new();

    /// <summary>The estate's "today" (UTC date of its clock); days from here on are not billed yet.</summary>
    public DateOnly Today => DateOnly.FromDateTime((history?.EstateNow ?? estate.Now).UtcDateTime);

    public SandboxEstate Estate => estate;

    /// <summary>The lines of one day (empty for today and later).</summary>
    public IReadOnlyList<CostLine> LinesOf(DateOnly day) => day >= Today ? [] : _days.GetOrAdd((day, history?.Version ?? 0), k => Build(k.Day));

    private List<CostLine> Build(DateOnly day)
    {
        var lines = new List<CostLine>();
        var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var bounds = (history?.ChangesBetween(start, start.AddDays(1)) ?? [])
            // Why: a change bills its new state from the start of the hour it happened in (the sandbox's billing granularity).
            .Select(t => (int)(t - start).TotalHours)
            .Where(h => h > 0)
            .Append(0)
            .Append((int)HoursPerDay)
            .Distinct()
            .Order()
            .ToList();
        for (var i = 0; i + 1 < bounds.Count; i++)
        {
            var state = history?.At(start.AddHours(bounds[i])) ?? estate;
            AddAlwaysOn(lines, state, day, bounds[i + 1] - bounds[i]);
        }

        AddTraining(lines, history?.At(start.AddDays(1).AddTicks(-1)) ?? estate, day);
        return lines;
    }

    /// <summary>Endpoints, notebooks and EC2 instances of <paramref name="state"/> for <paramref name="segmentHours"/> hours of the day.</summary>
    private void AddAlwaysOn(List<CostLine> lines, SandboxEstate state, DateOnly day, decimal segmentHours)
    {
        var region = state.Region;
        var configs = state.EndpointConfigs.ToDictionary(c => c.Name, StringComparer.Ordinal);
        foreach (var endpoint in state.Endpoints.Where(e => e.Status == "InService" && DateOf(e.CreationTime) < day))
        {
            var variants = configs.TryGetValue(endpoint.ConfigName, out var config) ? config.Variants : [];
            foreach (var variant in variants.Where(v => v.InstanceType is not null && v.InstanceCount is > 0 && !ScaledToZero(state, endpoint, v)))
            {
                var hours = variant.InstanceCount!.Value * segmentHours;
                Add(lines, day, SageMakerService, UsageTypes.SageMaker(region, "Host", variant.InstanceType!), variant.InstanceType!,
                    PriceComponent.Hosting, hours, endpoint.Tags);
            }
        }

        foreach (var notebook in state.NotebookInstances.Where(n => n.Status == "InService" && DateOf(n.CreationTime) < day))
        {
            Add(lines, day, SageMakerService, UsageTypes.SageMaker(region, "Notebk", notebook.InstanceType), notebook.InstanceType,
                PriceComponent.Notebook, segmentHours, notebook.Tags);
        }

        foreach (var instance in state.Ec2Instances.Where(i => i.State == "running" && i.Lifecycle != "spot" && DateOf(i.LaunchTime) < day))
        {
            Add(lines, day, Ec2Service, UsageTypes.Ec2(region, instance.InstanceType), instance.InstanceType,
                PriceComponent.Ec2, segmentHours, instance.Tags);
        }
    }

    /// <summary>Why: a variant whose managed scaling allows 0 instances releases them once every component on it has 0 copies.</summary>
    private static bool ScaledToZero(SandboxEstate state, SandboxEndpoint endpoint, SandboxVariant variant)
    {
        if (variant.ManagedScalingMin != 0)
        {
            return false;
        }

        var components = state.InferenceComponents.Where(c => c.EndpointName == endpoint.Name && c.VariantName == variant.Name).ToList();
        return components.Count > 0 && components.All(c => c.CopyCount == 0);
    }

    private void AddTraining(List<CostLine> lines, SandboxEstate state, DateOnly day)
    {
        var region = state.Region;
        foreach (var job in state.TrainingJobs)
        {
            var seconds = job.BillableSeconds ?? job.TrainingSeconds;
            if (seconds is not > 0 || DateOf(job.TrainingEndTime ?? job.CreationTime) != day)
            {
                continue;
            }

            var hours = (decimal)seconds.Value * job.InstanceCount / 3600m;
            var meter = job.EnableManagedSpotTraining ? "TrSpt" : "Train";
            Add(lines, day, SageMakerService, UsageTypes.SageMaker(region, meter, job.InstanceType), job.InstanceType,
                PriceComponent.Training, hours, job.Tags);
        }
    }

    private void Add(
        List<CostLine> lines, DateOnly day, string service, string usageType, string instanceType, PriceComponent component, decimal hours,
        IReadOnlyDictionary<string, string> tags)
    {
        if (BundledPriceBook.Default.Find(instanceType, estate.Region, component) is not { } quote)
        {
            return;
        }

        var operation = component == PriceComponent.Ec2 ? "RunInstances" : "RunInstance";
        lines.Add(new CostLine(day, service, usageType, instanceType, operation, "On Demand Instances", hours, quote.HourlyUsd * hours, tags));
    }

    private static DateOnly DateOf(DateTimeOffset time) => DateOnly.FromDateTime(time.UtcDateTime);
}
