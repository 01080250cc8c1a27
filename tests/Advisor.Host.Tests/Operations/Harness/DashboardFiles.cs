using System.Text.Json;
using System.Text.RegularExpressions;
using Advisor.Host.Tests.Support;

namespace Advisor.Host.Tests.Operations.Harness;

/// <summary>One PromQL expression of a dashboard: a panel target or a template variable's query.</summary>
internal sealed record DashboardQuery(string Dashboard, string Panel, string RefId, string Expression)
{
    public override string ToString() => $"{Dashboard} / {Panel} / {RefId}";
}

/// <summary>Reads the Grafana dashboards in <c>dashboards/</c>: their panel targets, variables and the metric names they use.</summary>
internal static partial class DashboardFiles
{
    public static string Folder => RepoPaths.Of("dashboards");

    public static IReadOnlyList<string> Paths() => [.. Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal)];

    public static JsonDocument Load(string path) => JsonDocument.Parse(File.ReadAllText(path));

    /// <summary>Every panel target (rows' nested panels included) of every dashboard.</summary>
    public static IReadOnlyList<DashboardQuery> PanelTargets()
    {
        var queries = new List<DashboardQuery>();
        foreach (var path in Paths())
        {
            using var doc = Load(path);
            var name = Path.GetFileName(path);
            foreach (var panel in AllPanels(doc.RootElement))
            {
                if (!panel.TryGetProperty("targets", out var targets))
                {
                    continue;
                }

                var title = panel.GetProperty("title").GetString() ?? "(untitled)";
                foreach (var target in targets.EnumerateArray())
                {
                    queries.Add(new DashboardQuery(name, title, target.GetProperty("refId").GetString() ?? "?", target.GetProperty("expr").GetString() ?? ""));
                }
            }
        }

        return queries;
    }

    /// <summary>The <c>label_values(metric, label)</c> queries of the query variables, as (dashboard, variable, metric, label).</summary>
    public static IReadOnlyList<(string Dashboard, string Variable, string Metric, string Label)> LabelValueVariables()
    {
        var result = new List<(string, string, string, string)>();
        foreach (var path in Paths())
        {
            using var doc = Load(path);
            foreach (var variable in doc.RootElement.GetProperty("templating").GetProperty("list").EnumerateArray()
                         .Where(v => v.GetProperty("type").GetString() == "query"))
            {
                var definition = variable.GetProperty("definition").GetString() ?? "";
                var match = LabelValuesPattern().Match(definition);
                if (!match.Success)
                {
                    throw new InvalidDataException($"{Path.GetFileName(path)}: variable {variable.GetProperty("name")} is not label_values(metric, label): {definition}");
                }

                result.Add((Path.GetFileName(path), variable.GetProperty("name").GetString()!, match.Groups[1].Value, match.Groups[2].Value));
            }
        }

        return result;
    }

    public static IEnumerable<JsonElement> AllPanels(JsonElement dashboard)
    {
        foreach (var panel in dashboard.GetProperty("panels").EnumerateArray())
        {
            yield return panel;
            if (panel.TryGetProperty("panels", out var nested))
            {
                foreach (var inner in nested.EnumerateArray())
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>The advisor_* metric names an expression reads (identifiers only; label values in quotes are ignored).</summary>
    public static IReadOnlySet<string> MetricNames(string expression)
    {
        var withoutStrings = QuotedPattern().Replace(expression, "\"\"");
        return IdentifierPattern().Matches(withoutStrings).Select(m => m.Value)
            .Where(n => n.StartsWith("advisor_", StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// The expression as Prometheus would get it from Grafana with "All" selected: variables become <c>.*</c>, and the interval
    /// macros durations that fit a freshly started daemon scraped every second.
    /// </summary>
    public static string Substitute(string expression) => expression
        .Replace("$__rate_interval", "1m", StringComparison.Ordinal)
        .Replace("${__rate_interval}", "1m", StringComparison.Ordinal)
        .Replace("$__interval", "1m", StringComparison.Ordinal)
        .Replace("${__interval}", "1m", StringComparison.Ordinal)
        .Replace("$__range", "1h", StringComparison.Ordinal)
        .Replace("${__range}", "1h", StringComparison.Ordinal)
        .Replace("${account:regex}", ".*", StringComparison.Ordinal).Replace("${account}", ".*", StringComparison.Ordinal).Replace("$account", ".*", StringComparison.Ordinal)
        .Replace("${region:regex}", ".*", StringComparison.Ordinal).Replace("${region}", ".*", StringComparison.Ordinal).Replace("$region", ".*", StringComparison.Ordinal)
        .Replace("${analyzer:regex}", ".*", StringComparison.Ordinal).Replace("${analyzer}", ".*", StringComparison.Ordinal).Replace("$analyzer", ".*", StringComparison.Ordinal);

    [GeneratedRegex(@"^label_values\(\s*([a-zA-Z_:][a-zA-Z0-9_:]*)\s*,\s*([a-zA-Z_][a-zA-Z0-9_]*)\s*\)$")]
    private static partial Regex LabelValuesPattern();

    [GeneratedRegex("\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex QuotedPattern();

    [GeneratedRegex(@"[a-zA-Z_:][a-zA-Z0-9_:]*")]
    private static partial Regex IdentifierPattern();
}
