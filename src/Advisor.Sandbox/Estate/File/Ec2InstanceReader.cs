using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Advisor.Core.Pricing;
using Advisor.Sandbox.Generation;

namespace Advisor.Sandbox.Estate.File;

/// <summary>An EC2 instance read from a file, its metric shapes, and the hour its metrics stop (now, or when it was stopped).</summary>
internal sealed record Ec2Draft(
    SandboxEc2Instance Instance, GaugeShape Cpu, TrafficShape NetworkIn, TrafficShape NetworkOut, GaugeShape Gpu, GaugeShape GpuMemory, DateTimeOffset MetricsEnd);

/// <summary>Reads the <c>ec2Instances</c> section: id, type, state, launch time, placement, spot, tags, metric shapes and the GPU agent.</summary>
internal static partial class Ec2InstanceReader
{
    // Why: the instance-state names EC2 reports.
    private static readonly string[] States = ["pending", "running", "shutting-down", "terminated", "stopping", "stopped"];

    private static readonly string[] GpuShapes = ["gpu", "gpuMemory"];

    private static readonly string[] Fields =
    [
        "instanceId", "instanceType", "state", "launchedDaysAgo", "launchTime", "stoppedHoursAgo", "availabilityZone", "rootDeviceType",
        "spot", "gpuAgent", "tags", "cpu", "networkIn", "networkOut", "gpu", "gpuMemory",
    ];

    // Why: defaults look like a box in use: business-hours CPU and GPU, tens to hundreds of MB an hour on the network.
    private static readonly GaugeShape DefaultCpu = new(GaugePattern.Diurnal, 60, 10);
    private static readonly TrafficShape DefaultNetworkIn = new(TrafficPattern.Diurnal, 200e6, 20e6);
    private static readonly TrafficShape DefaultNetworkOut = new(TrafficPattern.Diurnal, 100e6, 10e6);
    private static readonly GaugeShape DefaultGpu = new(GaugePattern.Diurnal, 80, 10);
    private static readonly GaugeShape DefaultGpuMemory = new(GaugePattern.Constant, 60);

    /// <summary>Why: an instance left without a launch time has run for a month, long enough for a 14-day look-back.</summary>
    private const double DefaultDaysAgo = 30;

    /// <summary>Why: a stopped instance published metrics until it stopped; a day ago unless the file says otherwise.</summary>
    private const int DefaultStoppedHoursAgo = 24;

    public static List<Ec2Draft> Read(MapReader top, DateTimeOffset now, string region, ProblemList problems)
    {
        var instances = new List<Ec2Draft>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (node, path) in top.List("ec2Instances"))
        {
            var map = MapReader.Of(node, path, problems, Fields);
            if (map is null)
            {
                continue;
            }

            var before = problems.Items.Count;
            var draft = ReadInstance(map, now, region, seen);
            if (problems.Items.Count == before && draft is not null)
            {
                instances.Add(draft);
            }
        }

        return instances;
    }

    private static Ec2Draft? ReadInstance(MapReader map, DateTimeOffset now, string region, Dictionary<string, string> seen)
    {
        var id = map.String("instanceId") ?? DefaultId(map.Path);
        if (!InstanceId().IsMatch(id))
        {
            map.Problem("instanceId", "'" + id + "' is not an EC2 instance id (i- and 8 or 17 lower-case hex digits)");
        }

        ResourceFields.Unique(map, "instanceId", id, "instance id", seen);
        var type = map.String("instanceType", required: true);
        if (type is not null && !PriceTable.Ec2Types.Contains(type))
        {
            map.Problem("instanceType", "'" + type + "' is not an EC2 instance type in the price table"
                + (type.StartsWith("ml.", StringComparison.Ordinal) ? " (EC2 types have no ml. prefix)" : " (e.g. g5.xlarge)"));
            type = null;
        }

        var state = ResourceFields.Choice(map, "state", "running", "an instance state", States);
        var launched = ResourceFields.When(map, "launchedDaysAgo", "launchTime", now, ResourceFields.DaysAgo(now, DefaultDaysAgo));
        var end = MetricsEnd(map, state, launched, now);
        var zone = map.String("availabilityZone") ?? region + "a";
        if (zone.Length != region.Length + 1 || !zone.StartsWith(region, StringComparison.Ordinal) || !char.IsAsciiLetterLower(zone[^1]))
        {
            map.Problem("availabilityZone", "'" + zone + "' is not a zone of region " + region + " (e.g. " + region + "a)");
        }

        var root = ResourceFields.Choice(map, "rootDeviceType", "ebs", "a root device type", "ebs", "instance-store");
        var spot = ResourceFields.Bool(map, "spot", fallback: false);
        var agent = ResourceFields.Bool(map, "gpuAgent", fallback: false);
        var spec = type is null ? null : BundledPriceBook.Default.Spec(type);
        if (spec is not null && spec.Accelerator != "gpu")
        {
            if (agent)
            {
                map.Problem("gpuAgent", "instance type '" + type + "' has no NVIDIA GPU for nvidia-smi to report");
            }

            foreach (var key in GpuShapes.Where(map.Has))
            {
                map.Problem(key, "instance type '" + type + "' has no GPU");
            }
        }
        else if (spec is not null && !agent)
        {
            foreach (var key in GpuShapes.Where(map.Has))
            {
                map.Problem(key, "GPU metrics come from the CloudWatch agent: set gpuAgent: true");
            }
        }

        var cpu = ResourceShapeReader.Gauge(map, "cpu", DefaultCpu);
        var networkIn = ResourceShapeReader.Amount(map, "networkIn", DefaultNetworkIn);
        var networkOut = ResourceShapeReader.Amount(map, "networkOut", DefaultNetworkOut);
        var gpu = ResourceShapeReader.Gauge(map, "gpu", DefaultGpu);
        var gpuMemory = ResourceShapeReader.Gauge(map, "gpuMemory", DefaultGpuMemory);
        var tags = ResourceFields.Tags(map);
        if (type is null || state is null || launched is null || end is null || root is null
            || cpu is null || networkIn is null || networkOut is null || gpu is null || gpuMemory is null)
        {
            return null;
        }

        var instance = new SandboxEc2Instance
        {
            InstanceId = id,
            InstanceType = type,
            State = state,
            LaunchTime = launched.Value,
            AvailabilityZone = zone,
            RootDeviceType = root,
            Lifecycle = spot ? "spot" : null,
            HasGpuAgentMetrics = agent,
            Tags = tags,
        };
        return new Ec2Draft(instance, cpu, networkIn, networkOut, gpu, gpuMemory, end.Value);
    }

    /// <summary>Now for a live instance; <c>stoppedHoursAgo</c> before now (default a day) for a stopped or terminated one.</summary>
    private static DateTimeOffset? MetricsEnd(MapReader map, string? state, DateTimeOffset? launched, DateTimeOffset now)
    {
        var halted = state is "stopping" or "stopped" or "shutting-down" or "terminated";
        if (!halted)
        {
            if (map.Has("stoppedHoursAgo"))
            {
                map.Problem("stoppedHoursAgo", "only a stopping, stopped, shutting-down or terminated instance has a stop time");
            }

            return now;
        }

        // Why: ten years of hours; anything beyond is a typo.
        var hours = map.Int("stoppedHoursAgo", 0, 87_600) ?? (map.Has("stoppedHoursAgo") ? null : DefaultStoppedHoursAgo);
        var end = hours is null ? (DateTimeOffset?)null : now.AddHours(-hours.Value);
        if (end < launched)
        {
            map.Problem("stoppedHoursAgo", "the instance would stop before it was launched (" + ResourceFields.Iso(launched.Value) + ")");
            return null;
        }

        return end;
    }

    /// <summary>A stable id from the entry's path: <c>i-0</c> and 16 hex digits, like the generator's.</summary>
    private static string DefaultId(string path) =>
        "i-0" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(path)))[..16];

    // Why: EC2 instance ids are "i-" and 8 (older) or 17 lower-case hex digits.
    [GeneratedRegex("^i-([0-9a-f]{8}|[0-9a-f]{17})$", RegexOptions.CultureInvariant)]
    private static partial Regex InstanceId();
}
