using System.Globalization;
using System.Text.Json;
using Advisor.Host.Tests.Support;

namespace Advisor.Host.Tests.EndToEnd;

/// <summary>
/// The demo as a user runs it: sandbox on loopback, real HTTP clients, analyzers, reports. The planted ground truth
/// and the published recommendations must agree resource by resource, to the cent.
/// </summary>
public sealed class DemoEndToEndTests
{
    [Theory]
    [InlineData(1, 40)]
    [InlineData(2, 60)]
    public async Task Demo_Recommends_Every_Planted_Idle_Endpoint_And_Nothing_Else_To_The_Cent(int seed, int scale)
    {
        using var dir = new TempDir();

        var (exit, output) = await CliRun.RunAsync("demo", "--seed", seed.ToString(CultureInfo.InvariantCulture),
            "--scale", scale.ToString(CultureInfo.InvariantCulture), "--output", dir.Path);

        Assert.True(exit == 0, output);
        using var recommendations = JsonDocument.Parse(File.ReadAllText(dir.File("recommendations.json")));
        using var truth = JsonDocument.Parse(File.ReadAllText(dir.File("ground-truth.json")));
        var recommended = recommendations.RootElement.GetProperty("recommendations").EnumerateArray()
            .Where(r => r.GetProperty("analyzer").GetString() == "sagemaker-endpoint-idle")
            .ToDictionary(r => r.GetProperty("resource").GetProperty("id").GetString()!, r => r.GetProperty("monthlySavings").GetDecimal());
        var planted = truth.RootElement.GetProperty("opportunities").EnumerateArray()
            .Where(o => o.GetProperty("analyzer").GetString() == "sagemaker-endpoint-idle")
            .ToDictionary(o => o.GetProperty("resourceId").GetString()!, o => o.GetProperty("monthlySavings").GetDecimal());

        Assert.NotEmpty(planted);
        Assert.Equal(planted.Keys.Order(StringComparer.Ordinal), recommended.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, savings) in planted)
        {
            Assert.True(savings == recommended[id], $"{id}: planted {savings}, recommended {recommended[id]}");
        }

        // Headline totals sum primaries only, so no resource is counted twice.
        var primaries = recommendations.RootElement.GetProperty("recommendations").EnumerateArray().ToList();
        Assert.Equal(primaries.Count, primaries.Select(r => r.GetProperty("resource").GetProperty("id").GetString()).Distinct().Count());
        Assert.Equal(primaries.Sum(r => r.GetProperty("monthlySavings").GetDecimal()),
            recommendations.RootElement.GetProperty("totalMonthlySavings").GetDecimal());
    }

    [Fact]
    public async Task Demo_Writes_A_Report_Whose_Formula_Reproduces_Each_Figure_And_A_Csv_Row_Per_Recommendation()
    {
        using var dir = new TempDir();

        var (exit, output) = await CliRun.RunAsync("demo", "--seed", "3", "--scale", "30", "--output", dir.Path);

        Assert.True(exit == 0, output);
        using var doc = JsonDocument.Parse(File.ReadAllText(dir.File("recommendations.json")));
        var recs = doc.RootElement.GetProperty("recommendations").EnumerateArray().ToList();
        Assert.NotEmpty(recs);
        foreach (var rec in recs)
        {
            // A reader can redo the figure: the line items' monthly amounts add up to the recommendation's savings (±1 cent of rounding per line).
            var lines = rec.GetProperty("evidence").GetProperty("lines").EnumerateArray().ToList();
            var recomputed = lines.Sum(l => l.GetProperty("hourlyUsd").GetDecimal() * l.GetProperty("quantity").GetDecimal() * 730m);
            Assert.Equal(Math.Round(recomputed, 2, MidpointRounding.AwayFromZero), rec.GetProperty("monthlySavings").GetDecimal());
            Assert.Equal("USD", doc.RootElement.GetProperty("currency").GetString());
        }

        var markdown = File.ReadAllText(dir.File("report.md"));
        Assert.Contains("× 730 =", markdown, StringComparison.Ordinal);
        Assert.Contains("sagemaker:endpoints", markdown, StringComparison.Ordinal);
        var csvLines = File.ReadAllLines(dir.File("report.csv"));
        Assert.StartsWith("rank,priority,id,analyzer", csvLines[0], StringComparison.Ordinal);
        Assert.Equal(recs.Count + 1, csvLines.Length);
        Assert.Contains("recommendations", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_Runs_On_The_Documented_Example_Estate_File_Without_Ground_Truth()
    {
        using var dir = new TempDir();

        var (exit, output) = await CliRun.RunAsync("demo", "--estate", RepoPaths.Of("docs/examples/small-estate.yaml"), "--output", dir.Path);

        Assert.True(exit == 0, output);
        Assert.True(File.Exists(dir.File("recommendations.json")));
        Assert.False(File.Exists(dir.File("ground-truth.json")));
    }
}
