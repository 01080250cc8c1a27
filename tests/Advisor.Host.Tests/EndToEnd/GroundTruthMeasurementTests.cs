using System.Globalization;
using System.Text.Json;
using Advisor.Host.Tests.Support;

namespace Advisor.Host.Tests.EndToEnd;

/// <summary>
/// The analyzers measured against the generator's ground truth through the whole product (sandbox, clients, collectors,
/// analyzers, prioritiser): per analyzer, precision and recall over (analyzer, resource) pairs — a recommendation counts as
/// primary or as an alternative for the same resource — and the savings error of every matched pair.
/// </summary>
public sealed class GroundTruthMeasurementTests
{
    /// <summary>Why: the bar the analyzer-suite issue sets for every analyzer of the product card.</summary>
    private const double MinPrecisionAndRecall = 0.95;

    /// <summary>Why: savings may differ from the planted figure by observed spot prices and rounding, never by more than 2%.</summary>
    private const decimal MaxSavingsError = 0.02m;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Every_Analyzer_Reaches_95_Percent_Precision_And_Recall_At_Scale_300_With_Savings_Within_2_Percent(int seed)
    {
        using var dir = new TempDir();

        var (exit, output) = await CliRun.RunAsync("demo", "--seed", seed.ToString(CultureInfo.InvariantCulture), "--scale", "300", "--output", dir.Path);

        Assert.True(exit == 0, output);
        var planted = Planted(dir.File("ground-truth.json"));
        var found = Found(dir.File("recommendations.json"));
        var problems = new List<string>();
        foreach (var analyzer in planted.Keys.Select(k => k.Analyzer).Concat(found.Keys.Select(k => k.Analyzer)).Distinct().Order(StringComparer.Ordinal))
        {
            var truth = planted.Keys.Where(k => k.Analyzer == analyzer).ToHashSet();
            var hits = found.Keys.Where(k => k.Analyzer == analyzer).ToHashSet();
            var matched = truth.Intersect(hits).ToList();
            var precision = hits.Count == 0 ? 1 : matched.Count / (double)hits.Count;
            var recall = truth.Count == 0 ? 1 : matched.Count / (double)truth.Count;
            if (precision < MinPrecisionAndRecall || recall < MinPrecisionAndRecall)
            {
                problems.Add($"{analyzer}: precision {precision:P1}, recall {recall:P1} ({matched.Count} matched, {hits.Count} found, {truth.Count} planted)");
            }

            foreach (var key in matched.Where(k => Error(planted[k], found[k]) > MaxSavingsError))
            {
                problems.Add($"{analyzer} {key.Resource}: planted {planted[key]}, recommended {found[key]}");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static decimal Error(decimal planted, decimal found) =>
        planted == 0 ? Math.Abs(found) : Math.Abs(found - planted) / Math.Abs(planted);

    private static Dictionary<(string Analyzer, string Resource), decimal> Planted(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("opportunities").EnumerateArray()
            .ToDictionary(o => (o.GetProperty("analyzer").GetString()!, o.GetProperty("resourceId").GetString()!), o => o.GetProperty("monthlySavings").GetDecimal());
    }

    private static Dictionary<(string Analyzer, string Resource), decimal> Found(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var found = new Dictionary<(string, string), decimal>();
        foreach (var r in doc.RootElement.GetProperty("recommendations").EnumerateArray())
        {
            var resource = r.GetProperty("resource").GetProperty("id").GetString()!;
            found[(r.GetProperty("analyzer").GetString()!, resource)] = r.GetProperty("monthlySavings").GetDecimal();
            foreach (var a in r.GetProperty("alternatives").EnumerateArray())
            {
                found[(a.GetProperty("analyzer").GetString()!, resource)] = a.GetProperty("monthlySavings").GetDecimal();
            }
        }

        return found;
    }
}
