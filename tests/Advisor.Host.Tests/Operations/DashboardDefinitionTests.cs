using System.Text.Json;
using Advisor.Host.Tests.Operations.Harness;

namespace Advisor.Host.Tests.Operations;

/// <summary>The dashboards read only metrics the daemon exports, and follow Grafana's current schema with the shared variables.</summary>
public sealed class DashboardDefinitionTests
{
    private static readonly string[] HistogramSuffixes = ["_bucket", "_sum", "_count"];
    private static readonly string[] ExpectedDashboards = ["advisor-health.json", "advisor-overview.json", "advisor-recommendations.json"];

    [Fact]
    public void The_Three_Dashboards_Exist()
    {
        Assert.Equal(ExpectedDashboards, DashboardFiles.Paths().Select(Path.GetFileName));
    }

    [Fact]
    public void Every_Metric_A_Dashboard_Reads_Is_In_The_Catalogue()
    {
        var catalogue = MetricCatalogue.SeriesNames();
        var unknown = DashboardFiles.PanelTargets()
            .Select(q => (q.Expression, Where: q.ToString()))
            .Concat(DashboardFiles.LabelValueVariables().Select(v => (Expression: v.Metric, Where: $"{v.Dashboard} / variable {v.Variable}")))
            .SelectMany(q => DashboardFiles.MetricNames(q.Expression).Where(n => !catalogue.Contains(n)).Select(n => $"{q.Where}: {n}"))
            .ToList();

        Assert.True(unknown.Count == 0, "Metrics not in AdvisorMetrics:\n" + string.Join('\n', unknown));
    }

    [Fact]
    public void Every_Catalogue_Metric_Appears_On_A_Dashboard()
    {
        var used = DashboardFiles.PanelTargets().SelectMany(q => DashboardFiles.MetricNames(q.Expression)).ToHashSet(StringComparer.Ordinal);

        var catalogue = MetricCatalogue.SeriesNames();

        // Why: a histogram counts as shown when any of its series (_bucket, _sum, _count) is.
        string Family(string name) =>
            HistogramSuffixes.Where(s => name.EndsWith(s, StringComparison.Ordinal) && catalogue.Contains(name[..^s.Length]))
                .Select(s => name[..^s.Length]).FirstOrDefault() ?? name;
        var usedFamilies = used.Select(Family).ToHashSet(StringComparer.Ordinal);
        var unused = catalogue.Select(Family).Distinct().Where(f => !usedFamilies.Contains(f)).ToList();
        Assert.True(unused.Count == 0, "Exported but on no dashboard: " + string.Join(", ", unused));
    }

    [Theory]
    [InlineData("provisioning/datasources/advisor-prometheus.yaml", "datasources")]
    [InlineData("provisioning/dashboards/advisor.yaml", "providers")]
    public void The_Provisioning_Files_Are_Grafana_Provisioning_Yaml(string file, string list)
    {
        var yaml = (Dictionary<object, object>)HelmChart.Parse(Path.Combine(DashboardFiles.Folder, file))!;

        Assert.Equal("1", yaml["apiVersion"]);
        var entry = Assert.Single((List<object>)yaml[list]);
        Assert.NotEmpty((Dictionary<object, object>)entry);
    }

    [Fact]
    public void Every_Panel_Target_Reads_An_Advisor_Metric()
    {
        var targets = DashboardFiles.PanelTargets();

        Assert.True(targets.Count >= 30, $"only {targets.Count} targets");
        var without = targets.Where(q => DashboardFiles.MetricNames(q.Expression).Count == 0).Select(q => q.ToString()).ToList();
        Assert.True(without.Count == 0, "Targets without an advisor_ metric:\n" + string.Join('\n', without));
    }

    [Fact]
    public void The_Catalogue_Names_Include_Histogram_Series_And_Counters_With_Total()
    {
        var catalogue = MetricCatalogue.SeriesNames();

        Assert.Contains("advisor_cycle_duration_seconds_bucket", catalogue);
        Assert.Contains("advisor_cycles_total", catalogue);
        Assert.DoesNotContain("advisor_cycles", catalogue);
    }

    [Theory]
    [InlineData("advisor-health.json")]
    [InlineData("advisor-overview.json")]
    [InlineData("advisor-recommendations.json")]
    public void Dashboard_Has_A_Uid_Current_Schema_And_The_Shared_Variables(string file)
    {
        using var doc = DashboardFiles.Load(Path.Combine(DashboardFiles.Folder, file));
        var root = doc.RootElement;

        Assert.Equal(Path.GetFileNameWithoutExtension(file), root.GetProperty("uid").GetString());
        Assert.True(root.GetProperty("schemaVersion").GetInt32() >= 39);
        var variables = root.GetProperty("templating").GetProperty("list").EnumerateArray().ToDictionary(v => v.GetProperty("name").GetString()!);
        Assert.Equal("datasource", variables["datasource"].GetProperty("type").GetString());
        Assert.Equal("prometheus", variables["datasource"].GetProperty("query").GetString());
        foreach (var name in new[] { "account", "region", "analyzer" })
        {
            var variable = variables[name];
            Assert.Equal("query", variable.GetProperty("type").GetString());
            Assert.StartsWith("label_values(", variable.GetProperty("definition").GetString(), StringComparison.Ordinal);
            Assert.True(variable.GetProperty("includeAll").GetBoolean(), $"{file}: {name} has no All");
            Assert.True(variable.GetProperty("multi").GetBoolean(), $"{file}: {name} is not multi-select");
            Assert.Equal(".*", variable.GetProperty("allValue").GetString());
            Assert.Equal("${datasource}", variable.GetProperty("datasource").GetProperty("uid").GetString());
        }
    }

    [Theory]
    [InlineData("advisor-health.json")]
    [InlineData("advisor-overview.json")]
    [InlineData("advisor-recommendations.json")]
    public void Every_Panel_Queries_The_Datasource_Variable_And_Has_A_Unique_Id(string file)
    {
        using var doc = DashboardFiles.Load(Path.Combine(DashboardFiles.Folder, file));
        var panels = DashboardFiles.AllPanels(doc.RootElement).ToList();

        Assert.Equal(panels.Count, panels.Select(p => p.GetProperty("id").GetInt32()).Distinct().Count());
        foreach (var panel in panels.Where(p => p.GetProperty("type").GetString() != "row"))
        {
            var title = panel.GetProperty("title").GetString();
            Assert.Equal("${datasource}", panel.GetProperty("datasource").GetProperty("uid").GetString());
            Assert.True(panel.GetProperty("targets").GetArrayLength() > 0, $"{file}: {title} has no query");
            Assert.All(panel.GetProperty("targets").EnumerateArray(),
                t => Assert.Equal("${datasource}", t.GetProperty("datasource").GetProperty("uid").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(panel.GetProperty("description").GetString()), $"{file}: {title} has no description");
        }
    }

    [Fact]
    public void The_Dashboard_Uids_Are_Distinct_And_The_Files_Are_Valid_Json()
    {
        var uids = DashboardFiles.Paths().Select(p =>
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(p));
            return doc.RootElement.GetProperty("uid").GetString();
        }).ToList();

        Assert.Equal(uids.Count, uids.Distinct().Count());
    }
}
