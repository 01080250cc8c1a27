using Advisor.Core.Domain;
using Advisor.Host.Reports;
using Advisor.Host.Tests.Support;
using Advisor.Remediation.Verification;
using Advisor.Storage;
using Advisor.Storage.Journal;
using Advisor.Storage.Recommendations;
using Advisor.Storage.Reports;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Advisor.Host.Tests.Remediation;

/// <summary>The report's Actions section: journal entries completed since the previous report, and the savings realised by them.</summary>
public sealed class ReportActionsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 16, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Only_Final_Entries_Completed_In_The_Period_Are_Listed_And_Only_Real_Successes_Count_As_Realised()
    {
        var entries = new[]
        {
            Entry("a", JournalState.Succeeded, 100m, completed: T0.AddHours(1)),
            Entry("b", JournalState.Succeeded, 40m, completed: T0.AddHours(2), dryRun: true),
            Entry("c", JournalState.RolledBack, 70m, completed: T0.AddHours(3)),
            Entry("d", JournalState.Failed, 20m, completed: T0.AddHours(4)),
            Entry("e", JournalState.Succeeded, 500m, completed: T0.AddDays(-1)),
            Entry("f", JournalState.Ready, 900m, completed: null),
        };

        var (actions, realised) = ReportAction.Completed(entries, T0, T0.AddDays(1));

        Assert.Equal(["act-a", "act-b", "act-c", "act-d"], actions.Select(a => a.Id));
        Assert.Equal(100m, realised);
        Assert.True(actions[1].DryRun);
        Assert.Equal("RolledBack", actions[2].State);
    }

    [Fact]
    public async Task The_Builder_Reads_The_Journal_Since_The_Previous_Report()
    {
        using var dir = new TempDir();
        var clock = new FakeTimeProvider(T0);
        await using var store = await AdvisorStore.OpenMigratedAsync(new StorageOptions { DataDirectory = dir.Path }, clock);
        await store.Journal.PlanAsync(Entry("old", JournalState.Succeeded, 300m, completed: T0.AddHours(-2)));
        await store.Reports.SaveAsync(new ReportRecord("report-0", T0, T0.AddDays(-7), T0, null, "", "", "", "{}"));
        await store.Journal.PlanAsync(Entry("new", JournalState.Succeeded, 123.45m, completed: T0.AddHours(5)));
        await store.Journal.PlanAsync(Entry("skip", JournalState.Skipped, 10m, completed: T0.AddHours(6), dryRun: true));
        clock.Advance(TimeSpan.FromDays(1));

        var report = await new WeeklyReportBuilder(store, Options.Create(new ReportsOptions()), clock).BuildAsync(null, CancellationToken.None);

        Assert.Equal(["act-new", "act-skip"], report.Actions.Select(a => a.Id));
        Assert.Equal(123.45m, report.RealisedMonthlySavings);
        Assert.Equal("endpoint-new", report.Actions[0].Resource);
        Assert.Equal("delete-endpoint", report.Actions[0].Kind);
    }

    [Fact]
    public async Task Verified_And_Regressed_Actions_Show_Their_Observed_Figure_And_Realised_Counts_Observed_Plus_Unverified_Plans()
    {
        using var dir = new TempDir();
        var clock = new FakeTimeProvider(T0);
        await using var store = await AdvisorStore.OpenMigratedAsync(new StorageOptions { DataDirectory = dir.Path }, clock);
        await store.Recommendations.MergeAsync(new RunMerge("run-1", T0.AddDays(-12), [Item("ok", 200m), Item("bad", 300m), Item("fresh", 50m)],
            [new EvaluatedScope("111111111111", "us-east-1", "test")]));
        var ok = Entry("ok", JournalState.Succeeded, 200m, completed: T0.AddDays(-9));
        var bad = Entry("bad", JournalState.Succeeded, 300m, completed: T0.AddDays(-9));
        foreach (var entry in new[] { ok, bad, Entry("fresh", JournalState.Succeeded, 50m, completed: T0.AddHours(2)) })
        {
            await store.Journal.PlanAsync(entry);
            await store.Recommendations.SetOutcomeAsync(entry.RecommendationId, RecommendationStatus.Applied, "remediation", entry.CompletedAt!.Value, null);
        }

        await store.Reports.SaveAsync(new ReportRecord("report-0", T0, T0.AddDays(-7), T0, null, "", "", "", "{}"));
        await store.Recommendations.SetOutcomeAsync("rec-ok", RecommendationStatus.Verified, "remediation", T0.AddHours(1),
            RealisedSavingsNote.Format(new VerificationOutcome(ok, RealisedVerdict.Verified, 7m, 0.5m, 197.71m)));
        await store.Recommendations.SetOutcomeAsync("rec-bad", RecommendationStatus.Regressed, "remediation", T0.AddHours(1),
            RealisedSavingsNote.Format(new VerificationOutcome(bad, RealisedVerdict.Regressed, 10m, 9m, 30.42m)));
        clock.Advance(TimeSpan.FromDays(1));

        var report = await new WeeklyReportBuilder(store, Options.Create(new ReportsOptions()), clock).BuildAsync(null, CancellationToken.None);

        var byId = report.Actions.ToDictionary(a => a.Id);
        Assert.Equal("verified (observed $197.71/month)", byId["act-ok"].VerificationText);
        Assert.Equal("regressed (observed $30.42/month)", byId["act-bad"].VerificationText);
        Assert.Equal("not yet verified", byId["act-fresh"].VerificationText);
        Assert.Equal(197.71m, report.VerifiedMonthlySavings);
        Assert.Equal(247.71m, report.RealisedMonthlySavings);
        Assert.Contains("$197.71 observed on Cost Explorer (verified) + $50.00 planned (not yet verified)", WeeklyReportMarkdown.Render(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_Html_And_Csv_Show_Each_Action_With_Its_Savings_And_The_Realised_Total()
    {
        var report = Report(
            new ReportAction("act-1", "delete-endpoint", "111111111111", "us-east-1", "idle|ep", "Succeeded", T0.AddHours(1), 1234.5m, false, "delete the endpoint done")
            {
                Verification = "not yet verified",
            },
            new ReportAction("act-2", "stop-notebook", "111111111111", "us-east-1", "<nb>", "Skipped", T0.AddHours(2), 80m, true, "dry run: would stop the notebook"));

        var md = WeeklyReportMarkdown.Render(report);
        Assert.Contains("## Actions", md, StringComparison.Ordinal);
        Assert.Contains("**$1,234.50 per month realised** by 1 succeeded action(s): $0.00 observed on Cost Explorer (verified) + $1,234.50 planned (not yet verified).", md, StringComparison.Ordinal);
        Assert.Contains("| act-1 | delete-endpoint | 111111111111 | us-east-1 | idle\\|ep | Succeeded | 2026-11-16 07:00 | $1,234.50 | no | not yet verified | delete the endpoint done |", md, StringComparison.Ordinal);
        Assert.Contains("| act-2 | stop-notebook |", md, StringComparison.Ordinal);
        Assert.Contains("| $80.00 | yes |  | dry run: would stop the notebook |", md, StringComparison.Ordinal);

        var html = WeeklyReportHtml.Render(report);
        Assert.Contains("<h2>Actions</h2>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;nb&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<nb>", html, StringComparison.Ordinal);
        Assert.Contains("$1,234.50 per month realised", html, StringComparison.Ordinal);

        var lines = WeeklyReportCsv.Render(report).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("action,act-1,delete-endpoint,111111111111,us-east-1,idle|ep,,Succeeded,applied,1234.50,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("action,act-2,stop-notebook,111111111111,us-east-1,<nb>,,Skipped,dry-run,80.00,", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void A_Report_Without_Actions_Says_So()
    {
        var md = WeeklyReportMarkdown.Render(Report());

        Assert.Contains("## Actions", md, StringComparison.Ordinal);
        Assert.Contains("**$0.00 per month realised** by 0 succeeded action(s)", md, StringComparison.Ordinal);
        Assert.Contains("No remediation action completed since the last report.", md, StringComparison.Ordinal);
    }

    private static WeeklyReport Report(params ReportAction[] actions) =>
        new(T0.AddDays(1), T0, T0.AddDays(1), null, 0, 0m, [], [], [], [], [], [])
        {
            Actions = actions,
            RealisedMonthlySavings = actions.Where(a => a is { State: "Succeeded", DryRun: false }).Sum(a => a.MonthlySavings),
        };

    private static MergeItem Item(string name, decimal savings) => new(new Recommendation
    {
        Id = "rec-" + name,
        Score = 1m,
        Priority = Priority.P1,
        Rank = 1,
        Finding = new Finding
        {
            AnalyzerId = "test",
            Kind = FindingKind.Recommend,
            Resource = new ResourceRef("endpoint-" + name, "arn:aws:sagemaker:us-east-1:111111111111:endpoint/endpoint-" + name, ResourceTypes.SageMakerEndpoint, "111111111111", "us-east-1"),
            Action = "delete-endpoint",
            Summary = "idle",
            Savings = new MonthlySavings(savings, CostBasis.ListOnDemand),
            Confidence = Confidence.High,
            Risk = 1,
        },
    }, "{}", null);

    private static JournalEntry Entry(string name, JournalState state, decimal savings, DateTimeOffset? completed, bool dryRun = false) => new()
    {
        Id = "act-" + name,
        IdempotencyKey = "rec-" + name + "|delete-endpoint|h",
        RecommendationId = "rec-" + name,
        ActionKind = "delete-endpoint",
        Resource = new ResourceRef("endpoint-" + name, "arn:aws:sagemaker:us-east-1:111111111111:endpoint/endpoint-" + name, ResourceTypes.SageMakerEndpoint, "111111111111", "us-east-1"),
        State = state,
        MonthlySavings = savings,
        DryRun = dryRun,
        PlannedAt = (completed ?? T0) - TimeSpan.FromMinutes(5),
        CompletedAt = completed,
        Reason = "test",
        UpdatedAt = completed ?? T0,
    };
}
