using System.Globalization;
using Advisor.Host.Tests.Operations.Harness;
using Advisor.Host.Tests.Support;

namespace Advisor.Host.Tests.Operations;

/// <summary>
/// THE dashboard test: the daemon (<c>serve --sandbox</c>) scraped by a real Prometheus; after a completed cycle every panel
/// query of every dashboard, with "All" selected, returns data. An empty panel is named by dashboard and title.
/// </summary>
public sealed class LiveDashboardTests
{
    // Why: the first sandbox cycle (collection, eleven analyzers, store) takes well under a minute on a quiet machine;
    // four minutes leaves room for two shared cores under load, and a hung daemon still fails rather than hanging the run.
    private static readonly TimeSpan CycleTimeout = TimeSpan.FromMinutes(4);

    // Why: three scrapes after the first cycle give rate()/increase() the two samples they need, with one to spare.
    private const int SamplesAfterCycle = 3;

    [Fact]
    public async Task Every_Panel_Of_Every_Dashboard_Shows_Data_After_A_Sandbox_Cycle()
    {
        Assert.True(File.Exists(PrometheusServer.Binary), $"{PrometheusServer.Binary} is missing; scripts/test.sh installs it.");
        using var dir = new TempDir();
        using var cts = new CancellationTokenSource(CycleTimeout + TimeSpan.FromMinutes(2));
        var dataDir = Path.Combine(dir.Path, "data");
        var promDir = Path.Combine(dir.Path, "prometheus");
        Directory.CreateDirectory(dataDir);
        Directory.CreateDirectory(promDir);
        using var daemon = AdvisorDaemon.Start(dataDir);
        using var prometheus = await PrometheusServer.StartAsync(promDir, daemon.Target, cts.Token);

        await WaitForCompletedCycleAsync(daemon, prometheus, cts.Token);

        var empty = new List<string>();
        foreach (var query in DashboardFiles.PanelTargets())
        {
            var samples = await prometheus.QueryAsync(DashboardFiles.Substitute(query.Expression), cts.Token);
            if (!samples.Any(s => double.IsFinite(s.Value)))
            {
                empty.Add($"{query}: {(samples.Count == 0 ? "no data" : "only NaN/Inf")}  <- {query.Expression}");
            }
        }

        foreach (var (dashboard, variable, metric, label) in DashboardFiles.LabelValueVariables())
        {
            if ((await prometheus.LabelValuesAsync(metric, label, cts.Token)).All(string.IsNullOrEmpty))
            {
                empty.Add($"{dashboard} / variable {variable}: label_values({metric}, {label}) offers nothing");
            }
        }

        Assert.True(empty.Count == 0, "Empty panels:\n" + string.Join('\n', empty) + "\n" + daemon.Process.Tail());

        // The chart's probes: liveness on /healthz, readiness on /readyz (ready once a cycle has succeeded).
        using var http = new HttpClient { BaseAddress = new Uri($"http://{daemon.Target}/") };
        using var health = await http.GetAsync("healthz", cts.Token);
        Assert.True(health.IsSuccessStatusCode, "/healthz did not answer 200");
        using var ready = await http.GetAsync("readyz", cts.Token);
        Assert.True(ready.IsSuccessStatusCode, "/readyz: " + await ready.Content.ReadAsStringAsync(cts.Token));
    }

    private static async Task WaitForCompletedCycleAsync(AdvisorDaemon daemon, PrometheusServer prometheus, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(CycleTimeout);
        var ready = "min(count_over_time(advisor_cycles_total[10m])) >= " + SamplesAfterCycle.ToString(CultureInfo.InvariantCulture)
                    + " and on() sum(advisor_cycles_total) > 0";
        while (!wait.IsCancellationRequested)
        {
            Assert.False(daemon.Process.HasExited, "The daemon exited before a cycle completed.\n" + daemon.Process.Tail());
            Assert.False(prometheus.Process.HasExited, "Prometheus exited.\n" + prometheus.Process.Tail());
            if ((await prometheus.QueryAsync(ready, cancellationToken)).Count > 0)
            {
                return;
            }

            try
            {
                // Why: Prometheus scrapes every second; polling at that pace is enough.
                await Task.Delay(TimeSpan.FromSeconds(1), wait.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }

        var up = await prometheus.QueryAsync("up", cancellationToken);
        Assert.Fail($"No completed cycle (advisor_cycles_total > 0) within {CycleTimeout}; scrape up={string.Join(',', up.Select(s => s.Value))}.\n"
                    + daemon.Process.Tail() + "\n" + prometheus.Process.Tail());
    }
}
