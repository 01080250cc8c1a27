using Advisor.Host.Tests.Support;
using Advisor.Storage;
using Advisor.Storage.Journal;
using Advisor.Storage.Recommendations;
using Advisor.Storage.Runs;

namespace Advisor.Host.Tests.Remediation;

/// <summary><c>apply</c> merges its cycle into the store, so succeeded actions mark recommendations Applied, and publishes a report with them.</summary>
public sealed class ApplyReportTests
{
    [Fact]
    public async Task Apply_Records_Its_Run_Marks_Applied_Recommendations_And_Writes_A_Report_With_The_Actions()
    {
        using var dir = new TempDir();
        var policy = dir.File("policy.yaml");
        File.WriteAllText(policy, """
            Enabled: true
            PollInterval: "00:00:00"
            Kinds:
              delete-endpoint: { Enabled: true, DryRun: false, MaxActionsPerRun: 50 }
            """);

        var (exit, stdout, stderr) = await ProcessRunner.RunAsync("dotnet",
            [ProcessRunner.AdvisorDll(), "apply", "--seed", "3", "--policy", policy, "--data-dir", dir.Path], new Dictionary<string, string?> { ["COLUMNS"] = "250" });

        Assert.True(exit == 0, stdout + stderr);
        await using var store = await AdvisorStore.OpenMigratedAsync(new StorageOptions { DataDirectory = dir.Path }, TimeProvider.System);
        var run = Assert.Single(await store.Runs.ListAsync(10));
        Assert.Equal("apply", run.Trigger);
        Assert.Equal(RunState.Succeeded, run.State);
        Assert.True(run.Recommendations > 0);

        var succeeded = (await store.Journal.ListAsync([JournalState.Succeeded], 100)).ToList();
        Assert.NotEmpty(succeeded);
        foreach (var entry in succeeded)
        {
            Assert.Equal(RecommendationStatus.Applied, (await store.Recommendations.GetAsync(entry.RecommendationId))!.Status);
        }

        var report = await store.Reports.GetLatestAsync();
        Assert.NotNull(report);
        Assert.Contains("## Actions", report.Markdown, StringComparison.Ordinal);
        Assert.Contains($"by {succeeded.Count} succeeded action(s)", report.Markdown, StringComparison.Ordinal);
        Assert.All(succeeded, e => Assert.Contains($"| {e.Id} | delete-endpoint |", report.Markdown, StringComparison.Ordinal));
        var written = Directory.GetFiles(Path.Combine(dir.Path, "reports"), "report.md", SearchOption.AllDirectories);
        Assert.Equal(report.Markdown, File.ReadAllText(Assert.Single(written)));
        Assert.Contains("report.md", stdout, StringComparison.Ordinal);
    }
}
