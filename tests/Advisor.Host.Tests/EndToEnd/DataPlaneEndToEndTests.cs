using System.Globalization;
using System.Text.Json;
using Advisor.Host.Tests.Support;

namespace Advisor.Host.Tests.EndToEnd;

/// <summary>
/// The data plane as a user sees it through the demo: the API-call budget at scale, a throttling storm that changes nothing,
/// and a denied source that is named in the outputs rather than read as "nothing there".
/// </summary>
public sealed class DataPlaneEndToEndTests
{
    /// <summary>Why: retries must happen for real, but the suite must not sleep for seconds.</summary>
    private const string FastRetryConfig =
        """{ "Aws": { "Retry": { "Mode": "Adaptive", "BaseDelay": "00:00:00.001", "MaxBackoff": "00:00:00.010" } } }""";

    [Fact]
    public async Task A_Scale_500_Demo_Stays_Within_The_Api_Call_Budget()
    {
        using var dir = new TempDir();

        var (exit, output) = await CliRun.RunAsync("demo", "--seed", "1", "--scale", "500", "--output", dir.Path);

        Assert.True(exit == 0, output);
        using var stats = JsonDocument.Parse(File.ReadAllText(dir.File("sandbox-stats.json")));
        var calls = stats.RootElement.GetProperty("calls");
        long Calls(string op) => calls.TryGetProperty(op, out var v) ? v.GetInt64() : 0;
        var metricQueries = stats.RootElement.GetProperty("metricQueries").GetInt64();
        Assert.True(metricQueries > 500, $"the scale-500 estate should need several GetMetricData calls, planned {metricQueries} queries");
        Assert.True(Calls("CloudWatch.GetMetricData") <= (metricQueries + 499) / 500,
            $"{Calls("CloudWatch.GetMetricData")} GetMetricData calls for {metricQueries} queries");
        var costExplorer = calls.EnumerateObject().Where(p => p.Name.StartsWith("CostExplorer.", StringComparison.Ordinal)).Sum(p => p.Value.GetInt64());
        Assert.InRange(costExplorer, 1, 2);
        using var recs = JsonDocument.Parse(File.ReadAllText(dir.File("recommendations.json")));
        var jobs = Source(recs, "sagemaker:training-jobs");
        var listed = int.Parse(jobs.GetProperty("detail").GetString()!.Split(' ')[0], CultureInfo.InvariantCulture);
        Assert.True(listed > 0);
        Assert.True(Calls("SageMaker.DescribeTrainingJob") <= listed, $"{Calls("SageMaker.DescribeTrainingJob")} describes for {listed} jobs");
    }

    [Fact]
    public async Task A_30_Percent_Throttling_Storm_Changes_No_Recommendation()
    {
        using var dir = new TempDir();
        var config = dir.File("retry.json");
        File.WriteAllText(config, FastRetryConfig);

        var (calmExit, calmOut) = await CliRun.RunAsync("demo", "--seed", "2", "--scale", "80", "--config", config, "--output", dir.File("calm"));
        var (stormExit, stormOut) = await CliRun.RunAsync(
            "demo", "--seed", "2", "--scale", "80", "--config", config, "--fault", "*=throttle:0.3", "--output", dir.File("storm"));

        Assert.True(calmExit == 0, calmOut);
        Assert.True(stormExit == 0, stormOut);
        Assert.Equal(Recommendations(dir.File("calm")), Recommendations(dir.File("storm")));
        Assert.Equal(Healths(dir.File("calm")), Healths(dir.File("storm")));
        Assert.True(TotalCalls(dir.File("storm")) > TotalCalls(dir.File("calm")), "the storm should have forced retries");
    }

    [Fact]
    public async Task A_Denied_Cost_Explorer_Is_Named_And_The_Other_Findings_Stand()
    {
        using var dir = new TempDir();

        var (baseExit, baseOut) = await CliRun.RunAsync("demo", "--seed", "3", "--scale", "40", "--output", dir.File("base"));
        var (exit, output) = await CliRun.RunAsync("demo", "--seed", "3", "--scale", "40", "--fault", "CostExplorer.*=deny", "--output", dir.File("denied"));

        Assert.True(baseExit == 0, baseOut);
        Assert.True(exit == 0, output);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir.File("denied"), "recommendations.json")));
        Assert.Equal("AccessDenied", Source(doc, "costexplorer").GetProperty("health").GetString());
        Assert.Contains("costexplorer | **AccessDenied**", File.ReadAllText(Path.Combine(dir.File("denied"), "report.md")), StringComparison.Ordinal);
        Assert.Contains("costexplorer", output, StringComparison.Ordinal);
        // Why: sagemaker-savings-plan reads only Cost Explorer, so it alone goes (to InsufficientData); every other finding stands.
        Assert.Equal(Recommendations(dir.File("base"), exceptAnalyzer: "sagemaker-savings-plan"), Recommendations(dir.File("denied")));
        Assert.NotEqual(Recommendations(dir.File("base")), Recommendations(dir.File("denied")));
    }

    [Fact]
    public async Task Denied_Metrics_Never_Make_An_Endpoint_Look_Idle()
    {
        using var dir = new TempDir();

        var (exit, output) = await CliRun.RunAsync("demo", "--seed", "1", "--scale", "40", "--fault", "CloudWatch.GetMetricData=deny", "--output", dir.Path);

        Assert.True(exit == 0, output);
        using var doc = JsonDocument.Parse(File.ReadAllText(dir.File("recommendations.json")));
        Assert.Equal("AccessDenied", Source(doc, "cloudwatch:metrics").GetProperty("health").GetString());
        Assert.DoesNotContain(doc.RootElement.GetProperty("recommendations").EnumerateArray(),
            r => r.GetProperty("analyzer").GetString() == "sagemaker-endpoint-idle");
        Assert.Contains("cloudwatch:metrics | **AccessDenied**", File.ReadAllText(dir.File("report.md")), StringComparison.Ordinal);
    }

    private static JsonElement Source(JsonDocument doc, string name) =>
        doc.RootElement.GetProperty("scopes")[0].GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("source").GetString() == name);

    private static List<string> Recommendations(string dir, string? exceptAnalyzer = null)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "recommendations.json")));
        return [.. doc.RootElement.GetProperty("recommendations").EnumerateArray()
            .Where(r => r.GetProperty("analyzer").GetString() != exceptAnalyzer)
            .Select(r => $"{r.GetProperty("id").GetString()} {r.GetProperty("monthlySavings").GetDecimal().ToString(CultureInfo.InvariantCulture)}")
            .Order(StringComparer.Ordinal)];
    }

    private static List<string> Healths(string dir)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "recommendations.json")));
        return [.. doc.RootElement.GetProperty("scopes")[0].GetProperty("sources").EnumerateArray()
            .Select(s => $"{s.GetProperty("source").GetString()}={s.GetProperty("health").GetString()}")];
    }

    private static long TotalCalls(string dir)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "sandbox-stats.json")));
        return doc.RootElement.GetProperty("calls").EnumerateObject().Sum(p => p.Value.GetInt64());
    }
}
