using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Generation;

/// <summary>
/// Ground truth for <c>sagemaker-notebook-idle</c>: plants two near misses (a notebook modified 71 hours ago, one with an auto-stop
/// lifecycle config untouched for 10 days) and records every notebook's verdict. The rule, restated from the brief: InService,
/// no lifecycle config, LastModifiedTime ≥ 3 days old, priced → savings = Notebook price × 730 × (168 − 50) ÷ 168.
/// </summary>
internal static class NotebookIdleTruth
{
    public const string Analyzer = "sagemaker-notebook-idle";

    /// <summary>Why: the analyzer's defaults: 3 days unmodified, needed 50 of 168 hours a week.</summary>
    private static readonly TimeSpan MinUnmodified = TimeSpan.FromDays(3);

    private const decimal BusyHours = 50m;
    private const decimal WeekHours = 168m;

    public static List<SandboxNotebookInstance> Plant(SandboxEstate estate, Random rng)
    {
        var created = estate.Now.AddDays(-rng.Next(30, 200));
        return
        [
            new SandboxNotebookInstance
            {
                Name = "kira-notebook",
                InstanceType = "ml.g4dn.xlarge",
                CreationTime = created,
                LastModifiedTime = estate.Now - MinUnmodified + TimeSpan.FromHours(1),
                Tags = new Dictionary<string, string> { ["owner"] = "kira" },
            },
            new SandboxNotebookInstance
            {
                Name = "lena-notebook",
                InstanceType = "ml.g5.xlarge",
                CreationTime = created,
                LastModifiedTime = estate.Now.AddDays(-10),
                LifecycleConfigName = "auto-stop-idle",
                Tags = new Dictionary<string, string> { ["owner"] = "lena" },
            },
        ];
    }

    public static void Record(SandboxEstate estate, IReadOnlyList<SandboxNotebookInstance> notebooks, List<PlantedOpportunity> opportunities, List<NearMiss> nearMisses)
    {
        foreach (var notebook in notebooks)
        {
            var age = estate.Now - notebook.LastModifiedTime;
            var price = BundledPriceBook.Default.Find(notebook.InstanceType, estate.Region, PriceComponent.Notebook);
            string? miss = notebook switch
            {
                { Status: not "InService" } => $"status {notebook.Status}, not running",
                { LifecycleConfigName: { } lifecycle } => $"has lifecycle config {lifecycle} (auto-stop)",
                _ when age < MinUnmodified => $"modified {(int)age.TotalHours} hours ago, under the 3-day threshold",
                _ when price is null => $"no Notebook price for {notebook.InstanceType}: insufficient data",
                _ => null,
            };
            if (miss is not null)
            {
                nearMisses.Add(new NearMiss(Analyzer, notebook.Name, miss));
                continue;
            }

            var savings = price!.HourlyUsd * MonthlySavings.HoursPerMonth * (WeekHours - BusyHours) / WeekHours;
            opportunities.Add(new PlantedOpportunity(Analyzer, notebook.Name, MonthlySavings.RoundCents(savings)));
        }
    }
}
