using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Advisor.Host.Tests.Support;

namespace Advisor.Host.Tests.Daemon;

/// <summary><c>serve --sandbox</c> as a separate process: ready, a first cycle, metrics per analyzer, a closed dashboard, and history across a restart.</summary>
public sealed class ServeProcessTests
{
    [Fact]
    public async Task Serve_Sandbox_Runs_A_Cycle_Exports_Metrics_And_Keeps_Its_History_Across_A_Restart()
    {
        using var dir = new TempDir();
        var data = dir.File("data");
        var environment = new Dictionary<string, string?> { ["ADVISOR_Daemon__Sandbox__Scale"] = "15" };

        string firstRunId;
        string dismissedId;
        using (var daemon = DaemonProcess.Start(data, environment))
        {
            firstRunId = await WaitForSucceededRunAsync(daemon, data);

            var analyzers = PublishedAnalyzers(data);
            Assert.NotEmpty(analyzers);
            var (metricsStatus, metrics) = await daemon.GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, metricsStatus);
            foreach (var analyzer in analyzers)
            {
                Assert.Contains($"advisor_recommendations{{analyzer=\"{analyzer}\"", metrics, StringComparison.Ordinal);
                Assert.Contains($"advisor_identified_monthly_savings_usd{{analyzer=\"{analyzer}\"", metrics, StringComparison.Ordinal);
            }

            Assert.Contains("advisor_cycles_total{outcome=\"Succeeded\"} 1", metrics, StringComparison.Ordinal);
            Assert.Contains("advisor_aws_requests_total{service=\"sagemaker\",outcome=\"ok\"}", metrics, StringComparison.Ordinal);

            var (dashboard, _) = await daemon.GetAsync("/hangfire");
            Assert.True(dashboard is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"the dashboard answered {dashboard} without a token");
            Assert.Equal(HttpStatusCode.OK, (await daemon.GetAsync("/hangfire", DaemonProcess.AdminToken)).Status);
            var (runsStatus, runs) = await daemon.GetAsync("/api/runs", DaemonProcess.AdminToken);
            Assert.Equal(HttpStatusCode.OK, runsStatus);
            Assert.Contains(firstRunId, runs, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await daemon.GetAsync("/api/reports/latest.md", DaemonProcess.AdminToken)).Status);
            Assert.Equal(HttpStatusCode.OK, (await daemon.GetAsync("/healthz")).Status);

            // The API answers with exactly the cycle's published recommendations, then a reviewer's decision is recorded.
            var (listStatus, list) = await daemon.GetAsync("/api/recommendations?pageSize=200&status=open", DaemonProcess.AdminToken);
            Assert.Equal(HttpStatusCode.OK, listStatus);
            Assert.Equal(PublishedIds(data), ApiIds(list));
            dismissedId = ApiIds(list)[0];
            using (var request = new HttpRequestMessage(HttpMethod.Post, $"/api/recommendations/{dismissedId}/decision"))
            {
                request.Headers.Authorization = new("Bearer", DaemonProcess.AdminToken);
                request.Content = JsonContent.Create(new { decision = "dismiss", reason = "owned by the research team", note = "restart test" });
                using var decided = await daemon.Http.SendAsync(request);
                Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
            }

            Assert.DoesNotContain(DaemonProcess.AdminToken, daemon.Output, StringComparison.Ordinal);
            daemon.Kill();
        }

        // Same data directory, no cycle at start: the run history is still there.
        environment["ADVISOR_Daemon__RunOnStart"] = "false";
        using (var daemon = DaemonProcess.Start(data, environment))
        {
            string? lastRun = null;
            await daemon.WaitUntilAsync(async () =>
            {
                var (status, body) = await daemon.GetAsync("/readyz");
                lastRun = status == HttpStatusCode.OK ? LastRun(body).Id : null;
                return lastRun is not null;
            }, "/readyz after the restart");
            Assert.Equal(firstRunId, lastRun);
            var (runsStatus, runs) = await daemon.GetAsync("/api/runs", DaemonProcess.AdminToken);
            Assert.Equal(HttpStatusCode.OK, runsStatus);
            Assert.Contains(firstRunId, runs, StringComparison.Ordinal);

            // The decision taken before the kill is still there, with who and why.
            var (oneStatus, one) = await daemon.GetAsync($"/api/recommendations/{dismissedId}", DaemonProcess.AdminToken);
            Assert.Equal(HttpStatusCode.OK, oneStatus);
            using var doc = JsonDocument.Parse(one);
            Assert.Equal("Dismissed", doc.RootElement.GetProperty("status").GetString());
            var decided = doc.RootElement.GetProperty("history").EnumerateArray().Last();
            Assert.Equal("Decided", decided.GetProperty("kind").GetString());
            Assert.Equal("admin-env", decided.GetProperty("actor").GetString());
        }
    }

    /// <summary>Waits for /readyz to report a finished, successful last run and the published files; returns the run id.</summary>
    internal static async Task<string> WaitForSucceededRunAsync(DaemonProcess daemon, string data)
    {
        string? runId = null;
        await daemon.WaitUntilAsync(async () =>
        {
            var (status, body) = await daemon.GetAsync("/readyz");
            if (status != HttpStatusCode.OK)
            {
                return false;
            }

            var (id, state) = LastRun(body);
            runId = id;
            return state == "Succeeded" && File.Exists(Path.Combine(data, "latest", "recommendations.json"));
        }, "a succeeded run");
        return runId!;
    }

    private static (string? Id, string? State) LastRun(string readyBody)
    {
        using var doc = JsonDocument.Parse(readyBody);
        return doc.RootElement.TryGetProperty("lastRun", out var run) && run.ValueKind == JsonValueKind.Object
            ? (run.GetProperty("id").GetString(), run.GetProperty("state").GetString())
            : (null, null);
    }

    private static List<string> PublishedIds(string data)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(data, "latest", "recommendations.json")));
        return [.. doc.RootElement.GetProperty("recommendations").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];
    }

    private static List<string> ApiIds(string listBody)
    {
        using var doc = JsonDocument.Parse(listBody);
        return [.. doc.RootElement.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];
    }

    private static List<string> PublishedAnalyzers(string data)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(data, "latest", "recommendations.json")));
        return [.. doc.RootElement.GetProperty("recommendations").EnumerateArray().Select(r => r.GetProperty("analyzer").GetString()!).Distinct().Order(StringComparer.Ordinal)];
    }
}
