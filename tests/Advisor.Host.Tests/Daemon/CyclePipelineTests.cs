using Advisor.Host.Daemon;
using Advisor.Host.Observability;
using Advisor.Host.Tests.Support;
using Advisor.Storage;
using Advisor.Storage.Recommendations;
using Advisor.Storage.Runs;
using Microsoft.Extensions.DependencyInjection;

namespace Advisor.Host.Tests.Daemon;

/// <summary>The cycle's jobs end to end in one process: the embedded sandbox, Hangfire in memory, a real SQLite store in a temp directory.</summary>
public sealed class CyclePipelineTests
{
    [Fact]
    public async Task A_Cycle_Merges_Records_The_Run_Publishes_And_Fills_The_Metrics()
    {
        using var dir = new TempDir();
        var data = dir.File("data");
        await using var app = await DaemonHost.BuildAsync(Settings(data), CancellationToken.None);
        await DaemonHost.StartAsync(app, sandbox: true, CancellationToken.None);
        try
        {
            var trigger = app.Services.GetRequiredService<ICycleTrigger>();
            var store = app.Services.GetRequiredService<IAdvisorStore>();
            var metrics = app.Services.GetRequiredService<AdvisorMetrics>();

            var runId = await trigger.StartAsync("api", "test");
            Assert.Equal(runId, await trigger.StartAsync("api", "someone-else")); // a running cycle is joined, not doubled
            var run = await WaitForRunAsync(store, runId);

            Assert.Equal(RunState.Succeeded, run.State);
            Assert.Equal("api", run.Trigger);
            Assert.True(run.Recommendations > 0, "the generated estate plants opportunities");
            Assert.Equal(run.Recommendations, run.Created);
            var scope = Assert.Single(run.Scopes);
            Assert.Contains(scope.Sources, s => s.Source == "sagemaker:endpoints" && s.Health == "Healthy");

            var open = await store.Recommendations.QueryAsync(new RecommendationQuery { Statuses = [RecommendationStatus.Open], Limit = 1000 });
            Assert.Equal(run.Recommendations, open.Total);
            Assert.Equal(run.TotalMonthlySavings, open.Items.Sum(r => r.MonthlySavings));

            // Metrics read back from the registry: counts and identified savings agree with the store.
            Assert.Equal(open.Total, (int)metrics.Recommendations.GetAllLabelValues().Sum(l => metrics.Recommendations.WithLabels(l).Value));
            var identified = metrics.IdentifiedSavings.GetAllLabelValues().Sum(l => metrics.IdentifiedSavings.WithLabels(l).Value);
            Assert.Equal((double)run.TotalMonthlySavings, identified, 2);
            Assert.Equal(1, metrics.Cycles.WithLabels("Succeeded").Value);
            Assert.Contains(metrics.SourceStatus.GetAllLabelValues(), l => l[0] == "sagemaker:endpoints" && l[3] == "Healthy");
            Assert.True(metrics.TopRecommendationSavings.GetAllLabelValues().Count() is > 0 and <= 20);

            Assert.True(File.Exists(Path.Combine(data, "latest", "recommendations.json")));
            Assert.Single(Directory.GetFiles(Path.Combine(data, "snapshots", runId), "*.json"));
            var report = await store.Reports.GetLatestAsync();
            Assert.NotNull(report); // the first cycle produces a report when the archive is empty
            Assert.Equal(runId, report.RunId);
            Assert.Contains("ML Cost Advisor weekly report", report.Markdown, StringComparison.Ordinal);
            Assert.Single(Directory.GetDirectories(Path.Combine(data, "reports")));

            // A second cycle over the same estate changes nothing: nothing new, nothing resolved.
            var second = await WaitForRunAsync(store, await trigger.StartAsync("schedule", "scheduler"));
            Assert.NotEqual(runId, second.Id);
            Assert.Equal(RunState.Succeeded, second.State);
            Assert.Equal(0, second.Created);
            Assert.Equal(0, second.Resolved);
            Assert.Equal(2, (await store.Runs.ListAsync(10)).Count);
            Assert.Equal(2, metrics.Cycles.WithLabels("Succeeded").Value);
        }
        finally
        {
            await app.StopAsync();
        }
    }

    [Fact]
    public async Task The_Scan_Schedule_Starts_A_Cycle_Through_Quartz()
    {
        using var dir = new TempDir();
        var settings = Settings(dir.File("data"));
        // Why every 2 seconds: the cron trigger must fire within the test; production uses every 6 hours.
        settings = settings with { Overrides = new Dictionary<string, string?>(settings.Overrides) { ["Daemon:Schedules:Scan"] = "0/2 * * * * ?" } };
        await using var app = await DaemonHost.BuildAsync(settings, CancellationToken.None);
        await DaemonHost.StartAsync(app, sandbox: true, CancellationToken.None);
        try
        {
            var store = app.Services.GetRequiredService<IAdvisorStore>();
            var deadline = DateTimeOffset.UtcNow.AddMinutes(2);
            RunRecord? scheduled = null;
            while (scheduled is null && DateTimeOffset.UtcNow < deadline)
            {
                await Task.Delay(250);
                scheduled = (await store.Runs.ListAsync(5)).FirstOrDefault(r => r.Trigger == "schedule");
            }

            Assert.NotNull(scheduled);
            Assert.Equal("scheduler", scheduled.RequestedBy);
            Assert.Equal(RunState.Succeeded, (await WaitForRunAsync(store, scheduled.Id)).State);
        }
        finally
        {
            await app.StopAsync();
        }
    }

    internal static ServeSettings Settings(string data) => new(Sandbox: true, Urls: "http://127.0.0.1:0", DataDirectory: data, ConfigFile: null, Verbose: false)
    {
        Overrides = new Dictionary<string, string?>
        {
            ["Daemon:Jobs:Storage"] = "InMemory",
            ["Daemon:RunOnStart"] = "false",
            ["Daemon:Sandbox:Seed"] = "3",
            ["Daemon:Sandbox:Scale"] = "15",
        },
    };

    internal static async Task<RunRecord> WaitForRunAsync(IAdvisorStore store, string runId)
    {
        // Why 3 minutes: a generous ceiling on a shared two-core machine; the cycle itself takes seconds.
        var deadline = DateTimeOffset.UtcNow.AddMinutes(3);
        while (DateTimeOffset.UtcNow < deadline)
        {
            var run = await store.Runs.GetAsync(runId);
            if (run is not null && run.State != RunState.Running)
            {
                return run;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"Run {runId} did not finish.");
    }
}
