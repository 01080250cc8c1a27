using System.Text.Json;
using Advisor.Core.Domain;
using Advisor.Host.Publishing;
using Advisor.Storage;
using Advisor.Storage.Recommendations;
using Advisor.Storage.Reports;
using Advisor.Storage.Runs;

namespace Advisor.Host.Tests.Api;

/// <summary>Seeds the store through its real merge: run-1 (a week ago) finds A and B, run-2 (yesterday) finds A–D.</summary>
internal static class ApiSeed
{
    public const string IdleVision = "rec-a-idle-vision";
    public const string IdleNlp = "rec-b-idle-nlp";
    public const string OldGen = "rec-c-oldgen";
    public const string Notebook = "rec-d-notebook";

    public static async Task SeedAsync(IAdvisorStore store)
    {
        var a = Make(IdleVision, "sagemaker-endpoint-idle", "111111111111", "us-east-1", "vision-ep", 1200m, Priority.P1);
        var b = Make(IdleNlp, "sagemaker-endpoint-idle", "111111111111", "eu-west-1", "nlp-ep", 300m, Priority.P2);
        var c = Make(OldGen, "ml-previous-generation", "222222222222", "us-east-1", "legacy-ep", 75.5m, Priority.P3);
        var d = Make(Notebook, "sagemaker-notebook-idle", "222222222222", "us-east-1", "scratch-nb", 40m, Priority.P3);
        await MergeRunAsync(store, "run-1", ApiTestHost.Now.AddDays(-7), [(a, "vision"), (b, "nlp")]);
        await MergeRunAsync(store, "run-2", ApiTestHost.Now.AddDays(-1), [(a, "vision"), (b, "nlp"), (c, "vision"), (d, null)]);
    }

    public static Task SaveReportAsync(IAdvisorStore store) => store.Reports.SaveAsync(new ReportRecord(
        "report-2026-w48",
        ApiTestHost.Now.AddHours(-2),
        ApiTestHost.Now.AddDays(-7),
        ApiTestHost.Now,
        "run-2",
        "# Weekly ML cost report",
        "<h1>Weekly ML cost report</h1>",
        "id,monthlySavings\nrec-a-idle-vision,1200.00\n",
        "{\"totalMonthlySavings\":1615.50}"));

    private static async Task MergeRunAsync(IAdvisorStore store, string runId, DateTimeOffset at, IReadOnlyList<(Recommendation Rec, string? Team)> items)
    {
        var run = new RunRecord { Id = runId, StartedAt = at, State = RunState.Running, Trigger = "schedule", RequestedBy = "scheduler" };
        await store.Runs.StartAsync(run);
        var evaluated = items
            .Select(i => new EvaluatedScope(i.Rec.Finding.Resource.Account, i.Rec.Finding.Resource.Region, i.Rec.Finding.AnalyzerId))
            .Distinct()
            .ToList();
        var merge = items
            .Select(i => new MergeItem(i.Rec, JsonSerializer.Serialize(RecommendationDocument.From(i.Rec), RecommendationsDocument.JsonOptions), i.Team))
            .ToList();
        await store.Recommendations.MergeAsync(new RunMerge(runId, at, merge, evaluated));
        await store.Runs.UpdateAsync(run with { State = RunState.Succeeded, FinishedAt = at.AddMinutes(3), Recommendations = items.Count });
    }

    private static Recommendation Make(string id, string analyzer, string account, string region, string name, decimal savings, Priority priority) => new()
    {
        Id = id,
        Score = savings / 10m,
        Priority = priority,
        Rank = 1,
        Finding = new Finding
        {
            AnalyzerId = analyzer,
            Kind = FindingKind.Recommend,
            Resource = new ResourceRef(name, $"arn:aws:sagemaker:{region}:{account}:endpoint/{name}", ResourceTypes.SageMakerEndpoint, account, region),
            Action = "delete-endpoint",
            Summary = $"{name} had no invocations for 14 days.",
            Savings = new MonthlySavings(savings, CostBasis.ListOnDemand),
            Confidence = Confidence.High,
            Risk = 1,
            Effort = Effort.Low,
            Evidence = new Evidence { Formula = "hourly × instances × 730", Observations = new Dictionary<string, object?> { ["invocations"] = 0 } },
        },
    };
}
