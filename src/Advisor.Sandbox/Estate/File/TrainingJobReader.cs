using System.Globalization;
using Advisor.Core.Pricing;
using Advisor.Sandbox.Generation;

namespace Advisor.Sandbox.Estate.File;

/// <summary>A training job read from a file and the shapes of its per-host gauges (percent per vCPU / per GPU).</summary>
internal sealed record TrainingJobDraft(SandboxTrainingJob Job, GaugeShape Cpu, GaugeShape Memory, GaugeShape Gpu, GaugeShape GpuMemory);

/// <summary>Reads the <c>trainingJobs</c> section: when a job ran, on what, how it was billed, and its metric shapes.</summary>
internal static class TrainingJobReader
{
    // Why: every TrainingJobStatus value the SageMaker API defines.
    private static readonly string[] Statuses = ["InProgress", "Completed", "Failed", "Stopping", "Stopped"];

    private static readonly string[] GpuShapes = ["gpu", "gpuMemory"];

    private static readonly string[] Fields =
    [
        "name", "status", "createdDaysAgo", "creationTime", "startDelayMinutes", "durationHours", "instanceType", "instanceCount",
        "image", "spot", "checkpointS3Uri", "maxRuntimeSeconds", "maxWaitSeconds", "billableSeconds", "tags",
        "cpu", "memory", "gpu", "gpuMemory",
    ];

    // Why: defaults like the generator's runs: GPU jobs keep the CPU mostly free and the GPU busy; CPU jobs run their cores hot.
    private static readonly GaugeShape GpuJobCpu = new(GaugePattern.Constant, 35);
    private static readonly GaugeShape CpuJobCpu = new(GaugePattern.Constant, 80);
    private static readonly GaugeShape DefaultMemory = new(GaugePattern.Constant, 55);
    private static readonly GaugeShape DefaultGpu = new(GaugePattern.Constant, 85);
    private static readonly GaugeShape DefaultGpuMemory = new(GaugePattern.Constant, 65);

    /// <summary>Why: SageMaker caps MaxRuntimeInSeconds at 28 days.</summary>
    private const int MaxRuntimeLimit = 28 * 86_400;

    public static List<TrainingJobDraft> Read(MapReader top, DateTimeOffset now, string region, ProblemList problems)
    {
        var jobs = new List<TrainingJobDraft>();
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (node, path) in top.List("trainingJobs"))
        {
            var map = MapReader.Of(node, path, problems, Fields);
            if (map is null)
            {
                continue;
            }

            var before = problems.Items.Count;
            var draft = ReadJob(map, now, region, seen);
            if (problems.Items.Count == before && draft is not null)
            {
                jobs.Add(draft);
            }
        }

        return jobs;
    }

    private static TrainingJobDraft? ReadJob(MapReader map, DateTimeOffset now, string region, Dictionary<string, string> seen)
    {
        var name = FieldRules.Name(map, "name", required: true);
        ResourceFields.Unique(map, "name", name, "training job name", seen);
        var status = ResourceFields.Choice(map, "status", "Completed", "a training job status", Statuses);
        var created = ResourceFields.When(map, "createdDaysAgo", "creationTime", now, null);
        var type = ResourceFields.SageMakerType(map, "instanceType", required: true);
        // Why: 1000 instances is far above any account quota.
        var count = map.Int("instanceCount", 1, 1000) ?? 1;
        var image = map.String("image") ?? "763104351884.dkr.ecr." + region + ".amazonaws.com/pytorch-training:2.3.0-gpu-py311";
        var spot = ResourceFields.Bool(map, "spot", fallback: false);
        var checkpoint = map.String("checkpointS3Uri");
        if (checkpoint is not null && !checkpoint.StartsWith("s3://", StringComparison.Ordinal))
        {
            map.Problem("checkpointS3Uri", "'" + checkpoint + "' is not an S3 URI (s3://bucket/prefix/)");
        }

        var maxRuntime = map.Int("maxRuntimeSeconds", 1, MaxRuntimeLimit) ?? 86_400;
        var maxWait = map.Int("maxWaitSeconds", 1, 2 * MaxRuntimeLimit);
        if (maxWait is not null && !spot)
        {
            map.Problem("maxWaitSeconds", "only managed spot jobs (spot: true) have a maximum wait");
        }
        else if (maxWait < maxRuntime)
        {
            map.Problem("maxWaitSeconds", "must be at least maxRuntimeSeconds (" + maxRuntime.ToString(CultureInfo.InvariantCulture) + ")");
        }

        // Why: a job usually starts a few minutes after it is created (instances are provisioned and the image pulled);
        // a week of waiting (10,080 minutes) is beyond any capacity wait and so a typo.
        var delay = map.Int("startDelayMinutes", 0, 10_080) ?? 5;
        var start = created?.AddMinutes(delay);
        if (start > now)
        {
            map.Problem("startDelayMinutes", "the job would start after the estate's now (" + ResourceFields.Iso(now) + ")");
        }

        var seconds = Duration(map, status, start, now, maxRuntime);
        var billable = Billable(map, spot, seconds);
        var spec = type is null ? null : BundledPriceBook.Default.Spec(type);
        var gpu = spec is { Accelerator: "gpu" };
        if (spec is not null && !gpu)
        {
            foreach (var key in GpuShapes.Where(map.Has))
            {
                map.Problem(key, "instance type '" + type + "' has no GPU");
            }
        }

        var cpu = ResourceShapeReader.Gauge(map, "cpu", gpu ? GpuJobCpu : CpuJobCpu);
        var memory = ResourceShapeReader.Gauge(map, "memory", DefaultMemory);
        var gpuShape = ResourceShapeReader.Gauge(map, "gpu", DefaultGpu);
        var gpuMemory = ResourceShapeReader.Gauge(map, "gpuMemory", DefaultGpuMemory);
        var tags = ResourceFields.Tags(map);
        if (name is null || status is null || created is null || start is null || type is null
            || cpu is null || memory is null || gpuShape is null || gpuMemory is null || (seconds is null && status != "InProgress"))
        {
            return null;
        }

        var job = new SandboxTrainingJob
        {
            Name = name,
            Status = status,
            CreationTime = created.Value,
            TrainingStartTime = start,
            TrainingEndTime = seconds is { } s ? start.Value.AddSeconds(s) : null,
            InstanceType = type,
            InstanceCount = count,
            TrainingImage = image,
            EnableManagedSpotTraining = spot,
            CheckpointS3Uri = checkpoint,
            MaxRuntimeSeconds = maxRuntime,

            // Why: AWS requires a maximum wait for spot jobs; twice the runtime leaves as long again to find capacity.
            MaxWaitSeconds = spot ? maxWait ?? Math.Min(2 * maxRuntime, 2 * MaxRuntimeLimit) : null,
            TrainingSeconds = seconds,
            BillableSeconds = billable,
            Tags = tags,
        };
        return new TrainingJobDraft(job, cpu, memory, gpuShape, gpuMemory);
    }

    /// <summary>The run's length in seconds: required for finished jobs, forbidden for running ones (they run until now).</summary>
    private static int? Duration(MapReader map, string? status, DateTimeOffset? start, DateTimeOffset now, int maxRuntime)
    {
        var running = status is "InProgress" or "Stopping";
        if (running)
        {
            if (map.Has("durationHours"))
            {
                map.Problem("durationHours", "a job that is " + status + " has no duration yet (it runs until now)");
            }

            return null;
        }

        // Why: 0.0003 h is the first value that rounds to a whole second (SageMaker bills at least one); at most the 28-day runtime cap.
        var hours = map.Number("durationHours", 0.0003, MaxRuntimeLimit / 3600.0, required: status is not null);
        if (hours is null)
        {
            return null;
        }

        var seconds = (int)Math.Round(hours.Value * 3600);
        if (seconds > maxRuntime)
        {
            map.Problem("durationHours", "the run is longer than maxRuntimeSeconds (" + maxRuntime.ToString(CultureInfo.InvariantCulture) + ")");
            return null;
        }

        if (start?.AddSeconds(seconds) > now)
        {
            map.Problem("durationHours", "the run would end after the estate's now (" + ResourceFields.Iso(now) + "); use status InProgress or a shorter run");
            return null;
        }

        return seconds;
    }

    /// <summary>Billable seconds: the training time unless managed spot saved some of it.</summary>
    private static int? Billable(MapReader map, bool spot, int? seconds)
    {
        if (!map.Has("billableSeconds"))
        {
            return seconds;
        }

        if (seconds is null)
        {
            map.Problem("billableSeconds", "only a finished job (with durationHours) has billable seconds");
            return null;
        }

        var billable = map.Int("billableSeconds", 1, seconds.Value);
        if (billable is not null && !spot && billable != seconds)
        {
            map.Problem("billableSeconds", "only managed spot jobs (spot: true) bill less than their training time");
        }

        return billable;
    }
}
