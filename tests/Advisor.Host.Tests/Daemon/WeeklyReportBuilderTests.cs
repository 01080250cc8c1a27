using Advisor.Core.Domain;
using Advisor.Host.Reports;
using Advisor.Host.Tests.Support;
using Advisor.Storage;
using Advisor.Storage.Recommendations;
using Advisor.Storage.Reports;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Advisor.Host.Tests.Daemon;

/// <summary>The weekly report read from a real SQLite store: new and resolved since the previous report, totals of what is open.</summary>
public sealed class WeeklyReportBuilderTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 16, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task New_And_Resolved_Are_Counted_From_The_Previous_Report()
    {
        using var dir = new TempDir();
        var clock = new FakeTimeProvider(T0);
        await using var store = await AdvisorStore.OpenMigratedAsync(new StorageOptions { DataDirectory = dir.Path }, clock);
        var evaluated = new[] { new EvaluatedScope("111111111111", "us-east-1", "sagemaker-endpoint-idle") };

        await store.Recommendations.MergeAsync(new RunMerge("run-1", T0, [Item("a", 100m, "team-a"), Item("b", 50m, null)], evaluated));
        await store.Reports.SaveAsync(new ReportRecord("report-0", T0.AddHours(1), T0.AddDays(-7), T0.AddHours(1), "run-1", "", "", "", "{}"));
        clock.Advance(TimeSpan.FromDays(1));
        await store.Recommendations.MergeAsync(new RunMerge("run-2", clock.GetUtcNow(), [Item("a", 100m, "team-a"), Item("c", 30m, "team-b")], evaluated));
        clock.Advance(TimeSpan.FromDays(1));

        var report = await new WeeklyReportBuilder(store, Options.Create(new ReportsOptions()), clock).BuildAsync("run-2", CancellationToken.None);

        Assert.Equal(T0.AddHours(1), report.PeriodStart);
        Assert.Equal("res-c", Assert.Single(report.New).Resource);
        var resolved = Assert.Single(report.Resolved);
        Assert.Equal("res-b", resolved.Resource);
        Assert.Equal("Resolved", resolved.Status);
        Assert.Equal(2, report.OpenCount);
        Assert.Equal(130m, report.IdentifiedMonthlySavings);
        Assert.Equal(["team-a", "team-b"], report.ByTeam.Select(t => t.Key));
        Assert.Equal(["res-a", "res-c"], report.Top.Select(t => t.Resource));
        Assert.Contains(report.Top[0].Evidence, l => l.StartsWith("Savings = ", StringComparison.Ordinal));
    }

    private static MergeItem Item(string name, decimal savings, string? team)
    {
        var finding = new Finding
        {
            AnalyzerId = "sagemaker-endpoint-idle",
            Kind = FindingKind.Recommend,
            Resource = new ResourceRef("res-" + name, "arn:aws:sagemaker:us-east-1:111111111111:endpoint/res-" + name, ResourceTypes.SageMakerEndpoint, "111111111111", "us-east-1"),
            Action = "delete-endpoint",
            Summary = "Endpoint res-" + name + " is idle",
            Savings = new MonthlySavings(savings, CostBasis.ListOnDemand),
            Evidence = new Evidence { Formula = "hourly × 730" },
        };
        var recommendation = new Recommendation { Id = "rec-" + name, Finding = finding, Score = savings, Priority = Priority.P2, Rank = 1 };
        var json = System.Text.Json.JsonSerializer.Serialize(Advisor.Host.Publishing.RecommendationDocument.From(recommendation),
            Advisor.Host.Publishing.RecommendationsDocument.JsonOptions);
        return new MergeItem(recommendation, json, team);
    }
}
