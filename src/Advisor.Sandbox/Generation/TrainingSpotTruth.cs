using System.Globalization;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Generation;

/// <summary>
/// Ground truth for <c>sagemaker-training-spot</c>: plants a checkpointing on-demand pipeline (the High-confidence case) and two
/// near misses (a pipeline just outside the 30-day lookback, a single run), then records every pipeline the rule recommends with
/// its savings and every pipeline that must not be recommended with why. The rule, restated from ANALYZERS.md and the brief:
/// jobs of the last 30 days grouped by name stem + image + type; newest run on-demand; ≥ 2 runs; savings = Σ Completed/Stopped
/// billable s × count × Training price ÷ 3600 × 730 ÷ 720 × the low end of the family's spot band (no spot history is assumed).
/// </summary>
internal static class TrainingSpotTruth
{
    public const string Analyzer = "sagemaker-training-spot";

    /// <summary>Why: the analyzer's default lookback ("jobs from the last 30 days").</summary>
    private const int LookbackDays = 30;

    /// <summary>Why: the analyzer's default minimum of runs for a recurring pipeline.</summary>
    private const int MinRuns = 2;

    /// <summary>Why: "yyyy-MM-dd-HH-mm-ss" plus its leading dash: every generated job name ends with these 20 characters.</summary>
    private const int SuffixLength = 20;

    /// <summary>Why: the low ends of the Spot Advisor bands in pricing-notes §4; CPU families have no band there.</summary>
    private static readonly Dictionary<string, decimal> LowEnds = new(StringComparer.Ordinal)
    {
        ["g4dn"] = 0.51m, ["g5"] = 0.47m, ["g6"] = 0.43m, ["p3"] = 0.52m, ["p4d"] = 0.53m,
        ["p5"] = 0.49m, ["inf1"] = 0.53m, ["inf2"] = 0.52m, ["trn1"] = 0.61m,
    };

    /// <summary>The planted pipelines: one opportunity (checkpoints, daily) and the two near misses.</summary>
    public static List<SandboxTrainingJob> Plant(SandboxEstate estate, Random rng)
    {
        var jobs = new List<SandboxTrainingJob>();
        var image = string.Format(CultureInfo.InvariantCulture, "763104351884.dkr.ecr.{0}.amazonaws.com/pytorch-training:2.3.0-gpu-py311", estate.Region);
        var checkpoints = $"s3://ml-artifacts-{estate.AccountId}/segment-train/checkpoints/";

        // Why: daily 2–4 h runs that checkpoint: the case managed spot was made for (High confidence).
        for (var day = 44; day >= 1; day--)
        {
            jobs.Add(Job(estate, "segment-train", estate.Now.AddDays(-day).AddMinutes(rng.Next(0, 60)), "ml.g5.2xlarge", image, rng.Next(7200, 14400), checkpoints));
        }

        // Why: the newest run 30 days and 1 hour ago: just outside the lookback, so nothing is recommended.
        foreach (var days in new[] { 36, 33 })
        {
            jobs.Add(Job(estate, "archive-train", estate.Now.AddDays(-days), "ml.g5.xlarge", image, 1800, null));
        }

        jobs.Add(Job(estate, "archive-train", estate.Now.AddDays(-LookbackDays).AddHours(-1), "ml.g5.xlarge", image, 1800, null));

        // Why: one run in the lookback, one short of a recurring pipeline.
        jobs.Add(Job(estate, "adhoc-train", estate.Now.AddDays(-5).AddMinutes(-rng.Next(0, 600)), "ml.g5.2xlarge", image, 5400, checkpoints));
        return jobs;
    }

    /// <summary>Records the rule's verdict for every pipeline of the estate.</summary>
    public static void Record(SandboxEstate estate, IReadOnlyList<SandboxTrainingJob> jobs, List<PlantedOpportunity> opportunities, List<NearMiss> nearMisses)
    {
        var since = estate.Now.AddDays(-LookbackDays);
        foreach (var pipeline in jobs.GroupBy(j => (Stem: j.Name[..^SuffixLength], j.TrainingImage, j.InstanceType)).OrderBy(g => g.Key.Stem, StringComparer.Ordinal))
        {
            var stem = pipeline.Key.Stem;
            var recent = pipeline.Where(j => j.CreationTime >= since && j.CreationTime <= estate.Now).ToList();
            if (recent.Count == 0)
            {
                var newest = pipeline.Max(j => j.CreationTime);
                nearMisses.Add(new NearMiss(Analyzer, stem, $"newest run {Hours(estate.Now - newest)} hours ago, outside the {LookbackDays}-day lookback"));
                continue;
            }

            if (recent.MaxBy(j => j.CreationTime)!.EnableManagedSpotTraining)
            {
                nearMisses.Add(new NearMiss(Analyzer, stem, "already on managed spot training"));
                continue;
            }

            if (recent.Count < MinRuns)
            {
                nearMisses.Add(new NearMiss(Analyzer, stem, $"{recent.Count} run in {LookbackDays} days, one short of a recurring pipeline"));
                continue;
            }

            var family = pipeline.Key.InstanceType[3..].Split('.')[0];
            if (!LowEnds.TryGetValue(family, out var discount))
            {
                nearMisses.Add(new NearMiss(Analyzer, stem, $"{family} has no spot price history or published spot band: insufficient data"));
                continue;
            }

            var billed = recent.Where(j => !j.EnableManagedSpotTraining && j.Status is "Completed" or "Stopped" && j.BillableSeconds is not null).ToList();
            var price = BundledPriceBook.Default.Find(pipeline.Key.InstanceType, estate.Region, PriceComponent.Training);
            if (billed.Count == 0 || price is null)
            {
                continue;
            }

            var instanceSeconds = billed.Sum(j => (decimal)j.BillableSeconds!.Value * j.InstanceCount);
            var monthly = instanceSeconds * price.HourlyUsd / 3600m * MonthlySavings.HoursPerMonth / (LookbackDays * 24m);
            opportunities.Add(new PlantedOpportunity(Analyzer, stem, MonthlySavings.RoundCents(monthly * discount)));
        }
    }

    private static string Hours(TimeSpan time) => ((int)time.TotalHours).ToString(CultureInfo.InvariantCulture);

    private static SandboxTrainingJob Job(SandboxEstate estate, string stem, DateTimeOffset created, string type, string image, int seconds, string? checkpoints)
    {
        var start = created.AddMinutes(4);
        var running = start.AddSeconds(seconds) >= estate.Now;
        return new SandboxTrainingJob
        {
            Name = stem + "-" + created.ToString("yyyy-MM-dd-HH-mm-ss", CultureInfo.InvariantCulture),
            Status = running ? "InProgress" : "Completed",
            CreationTime = created,
            TrainingStartTime = start < estate.Now ? start : null,
            TrainingEndTime = running ? null : start.AddSeconds(seconds),
            InstanceType = type,
            TrainingImage = image,
            CheckpointS3Uri = checkpoints,
            TrainingSeconds = running ? null : seconds,
            BillableSeconds = running ? null : seconds,
            Tags = new Dictionary<string, string> { ["pipeline"] = stem, ["team"] = stem.Split('-')[0] },
        };
    }
}
