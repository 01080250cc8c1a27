using System.Text.RegularExpressions;
using Advisor.Core.Pricing;
using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Tests.Generation.Workload;

/// <summary>
/// Independent re-implementations of the sagemaker-training-spot and sagemaker-notebook-idle rules over a generated estate,
/// written from the brief (not from the generator), to check its ground truth. Money in exact decimals, rounded once.
/// </summary>
internal static partial class WorkloadRuleOracles
{
    /// <summary>Low ends of the family spot bands in pricing-notes §4.</summary>
    private static readonly Dictionary<string, decimal> BandLow = new(StringComparer.Ordinal)
    {
        ["g4dn"] = 0.51m, ["g5"] = 0.47m, ["g6"] = 0.43m, ["p3"] = 0.52m, ["p4d"] = 0.53m,
        ["p5"] = 0.49m, ["inf1"] = 0.53m, ["inf2"] = 0.52m, ["trn1"] = 0.61m,
    };

    /// <summary>Pipeline name → monthly savings for every pipeline the training-spot rule recommends.</summary>
    public static Dictionary<string, decimal> TrainingSpot(SandboxEstate estate)
    {
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var recent = estate.TrainingJobs.Where(j => j.CreationTime >= estate.Now.AddDays(-30) && j.CreationTime <= estate.Now);
        foreach (var group in recent.GroupBy(j => (Stem: Timestamp().Replace(j.Name, ""), j.TrainingImage, j.InstanceType)))
        {
            var jobs = group.ToList();
            if (jobs.OrderByDescending(j => j.CreationTime).First().EnableManagedSpotTraining || jobs.Count < 2)
            {
                continue;
            }

            var price = BundledPriceBook.Default.Find(group.Key.InstanceType, estate.Region, PriceComponent.Training);
            var family = group.Key.InstanceType.Split('.')[1];
            if (price is null || !BandLow.TryGetValue(family, out var low))
            {
                continue;
            }

            var billed = jobs.Where(j => !j.EnableManagedSpotTraining && (j.Status == "Completed" || j.Status == "Stopped") && j.BillableSeconds.HasValue);
            var hours = billed.Sum(j => (decimal)(j.BillableSeconds!.Value * j.InstanceCount)) / 3600m;
            if (hours > 0)
            {
                result[group.Key.Stem] = Math.Round(hours * price.HourlyUsd * 730m / 720m * low, 2, MidpointRounding.AwayFromZero);
            }
        }

        return result;
    }

    /// <summary>Notebook name → monthly savings for every notebook the notebook-idle rule recommends.</summary>
    public static Dictionary<string, decimal> NotebookIdle(SandboxEstate estate)
    {
        var result = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var notebook in estate.NotebookInstances)
        {
            if (notebook.Status != "InService" || notebook.LifecycleConfigName is not null || estate.Now - notebook.LastModifiedTime < TimeSpan.FromDays(3))
            {
                continue;
            }

            if (BundledPriceBook.Default.Find(notebook.InstanceType, estate.Region, PriceComponent.Notebook) is { } price)
            {
                result[notebook.Name] = Math.Round(price.HourlyUsd * 730m * 118m / 168m, 2, MidpointRounding.AwayFromZero);
            }
        }

        return result;
    }

    [GeneratedRegex(@"-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}$")]
    private static partial Regex Timestamp();
}
