using System.Globalization;
using Advisor.Core.Pricing;
using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Generation;

/// <summary>
/// Recurring training pipelines (<c>&lt;pipeline&gt;-yyyy-MM-dd-HH-mm-ss</c>, same image and type each run) over the last ~45 days:
/// some on managed spot with checkpoints (billable below training time), some on demand without checkpoints, some under an hour;
/// mostly Completed, a few Failed, the newest run of some pipelines InProgress. Hourly CPU/GPU metrics for runs inside the history.
/// </summary>
internal static class TrainingJobPlanter
{
    public const string Namespace = "/aws/sagemaker/TrainingJobs";

    /// <summary>Why: jobs reach back ~45 days so a 30-day lookback sees a month and older runs exist beyond it.</summary>
    private const int SpanDays = 45;

    private static readonly int[] Cadences = [24, 48, 72, 168];
    private static readonly string[] Types = ["ml.g5.2xlarge", "ml.g5.xlarge", "ml.p3.2xlarge", "ml.g4dn.xlarge", "ml.m5.xlarge", "ml.c5.2xlarge", "ml.g5.12xlarge"];
    private static readonly string[] Stems = ["churn", "fraud", "ranker", "forecast", "nlp-intent", "vision-qc", "pricing", "recsys", "anomaly", "embeddings"];
    private static readonly string[] Images =
    [
        "763104351884.dkr.ecr.{0}.amazonaws.com/pytorch-training:2.3.0-gpu-py311",
        "763104351884.dkr.ecr.{0}.amazonaws.com/huggingface-pytorch-training:2.1.0-transformers4.36.0-gpu-py310",
        "683313688378.dkr.ecr.{0}.amazonaws.com/sagemaker-xgboost:1.7-1",
        "{1}.dkr.ecr.{0}.amazonaws.com/{2}-train:latest",
    ];

    private enum Billing
    {
        SpotWithCheckpoints,
        OnDemand,
        SpotWithoutCheckpoints,
    }

    public static List<SandboxTrainingJob> Plant(SandboxEstate estate, Random rng, int scale, IDictionary<SeriesKey, HourlySeries> series)
    {
        // Why: about one pipeline per eight endpoints, at least three (one of each billing style), at most 40.
        var pipelines = Math.Clamp(scale / 8, 3, 40);
        var jobs = new List<SandboxTrainingJob>();
        for (var p = 0; p < pipelines; p++)
        {
            var stem = Stems[p % Stems.Length] + (p < Stems.Length ? "" : "-" + (p / Stems.Length).ToString(CultureInfo.InvariantCulture)) + "-train";
            var billing = (Billing)(p < 3 ? p : rng.Next(0, 3));
            var type = Types[rng.Next(Types.Length)];
            var image = string.Format(CultureInfo.InvariantCulture, Images[rng.Next(Images.Length)], estate.Region, estate.AccountId, stem);
            var count = rng.NextDouble() < 0.25 ? 2 : 1;

            // Why: daily, every two or three days, or weekly: the cadences of scheduled retraining.
            var everyHours = Cadences[rng.Next(Cadences.Length)];
            var shortRuns = rng.NextDouble() < 0.35;
            var first = estate.Now.AddDays(-SpanDays).AddHours(rng.Next(0, everyHours));
            for (var at = first; at < estate.Now; at = at.AddHours(everyHours).AddMinutes(rng.Next(-20, 21)))
            {
                jobs.Add(Job(estate, rng, stem, at, type, count, image, billing, shortRuns));
            }
        }

        foreach (var job in jobs.Where(j => j.TrainingStartTime is not null))
        {
            WriteMetrics(estate, job, rng, series);
        }

        return jobs;
    }

    private static SandboxTrainingJob Job(
        SandboxEstate estate, Random rng, string stem, DateTimeOffset created, string type, int count, string image, Billing billing, bool shortRuns)
    {
        var name = SageMakerPlanter.Trim(stem + "-" + created.ToString("yyyy-MM-dd-HH-mm-ss", CultureInfo.InvariantCulture));

        // Why: short jobs run 10–50 minutes (billing granularity matters for them); long ones 1–6 hours.
        var seconds = shortRuns ? rng.Next(600, 3000) : rng.Next(3600, 6 * 3600);
        var start = created.AddSeconds(rng.Next(120, 420));
        var end = start.AddSeconds(seconds);
        var status = rng.NextDouble() < 0.06 ? "Failed" : rng.NextDouble() < 0.02 ? "Stopped" : "Completed";
        if (status != "Completed")
        {
            seconds = Math.Max(60, seconds / 3);
            end = start.AddSeconds(seconds);
        }

        var running = end >= estate.Now;
        if (running)
        {
            status = "InProgress";
        }

        var spot = billing != Billing.OnDemand;

        // Why: managed spot typically saves 50–70%; billable time is per instance and never above the training time.
        var billable = spot ? (int)Math.Max(1, seconds * (0.3 + (0.2 * rng.NextDouble()))) : seconds;
        return new SandboxTrainingJob
        {
            Name = name,
            Status = status,
            CreationTime = created,
            TrainingStartTime = start < estate.Now ? start : null,
            TrainingEndTime = running ? null : end,
            InstanceType = type,
            InstanceCount = count,
            TrainingImage = image,
            EnableManagedSpotTraining = spot,
            CheckpointS3Uri = billing == Billing.SpotWithCheckpoints ? $"s3://ml-artifacts-{estate.AccountId}/{stem}/checkpoints/" : null,
            MaxRuntimeSeconds = 86_400,

            // Why: spot jobs must allow waiting for capacity: MaxWait ≥ MaxRuntime (here twice).
            MaxWaitSeconds = spot ? 172_800 : null,
            TrainingSeconds = running ? null : seconds,
            BillableSeconds = running ? null : billable,
            Tags = new Dictionary<string, string> { ["pipeline"] = stem, ["team"] = stem.Split('-')[0] },
        };
    }

    private static void WriteMetrics(SandboxEstate estate, SandboxTrainingJob job, Random rng, IDictionary<SeriesKey, HourlySeries> series)
    {
        var start = GeneratorOptions.FloorToHour(job.TrainingStartTime!.Value);
        var end = job.TrainingEndTime ?? estate.Now;
        if (start < estate.Now - EstateGenerator.History)
        {
            return;
        }

        var hours = Math.Max(1, (int)Math.Ceiling((end - start).TotalHours));
        hours = Math.Min(hours, (int)((estate.Now - start).Ticks / TimeSpan.TicksPerHour));
        if (hours <= 0)
        {
            return;
        }

        var spec = BundledPriceBook.Default.Spec(job.InstanceType);
        var vcpu = spec?.Vcpu ?? 4;
        var gpus = spec?.Accelerator == "gpu" ? spec.GpuCount : 0;
        for (var n = 1; n <= job.InstanceCount; n++)
        {
            var dims = new[] { new KeyValuePair<string, string>("Host", $"{job.Name}/algo-{n.ToString(CultureInfo.InvariantCulture)}") };

            // Why: GPU jobs keep the CPU mostly free (20–50%) and the GPU busy (60–98%); CPU jobs run their cores hot.
            series[new SeriesKey(Namespace, "CPUUtilization", dims)] = Gauge(start, hours, vcpu, gpus > 0 ? (20, 50) : (60, 95), rng);
            series[new SeriesKey(Namespace, "MemoryUtilization", dims)] = Gauge(start, hours, 1, (30, 80), rng);
            if (gpus > 0)
            {
                series[new SeriesKey(Namespace, "GPUUtilization", dims)] = Gauge(start, hours, gpus, (60, 98), rng);
                series[new SeriesKey(Namespace, "GPUMemoryUtilization", dims)] = Gauge(start, hours, gpus, (40, 90), rng);
            }
        }
    }

    private static HourlySeries Gauge(DateTimeOffset start, int hours, int scale, (double Min, double Max) percent, Random rng)
    {
        var values = new double[hours];
        for (var i = 0; i < hours; i++)
        {
            values[i] = Math.Round((percent.Min + ((percent.Max - percent.Min) * rng.NextDouble())) * scale, 3);
        }

        return new HourlySeries(start, new HourlyValues(values));
    }
}
