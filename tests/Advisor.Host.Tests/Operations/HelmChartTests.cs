using System.Text.Json;
using System.Text.RegularExpressions;
using Advisor.Host.Tests.Operations.Harness;
using Advisor.Host.Tests.Support;

namespace Advisor.Host.Tests.Operations;

/// <summary>
/// The chart's structure, checked without helm (it is not installable on this machine): values and templates agree, every value
/// is documented, the configuration sections match appsettings.json, and the dashboards ship from their one copy.
/// </summary>
public sealed partial class HelmChartTests
{
    [Fact]
    public void Chart_Yaml_Is_Api_V2_With_A_Name_And_Versions()
    {
        var chart = (Dictionary<object, object>)HelmChart.Parse(Path.Combine(HelmChart.Folder, "Chart.yaml"))!;

        Assert.Equal("v2", chart["apiVersion"]);
        Assert.Equal("advisor", chart["name"]);
        Assert.Matches(@"^\d+\.\d+\.\d+$", (string)chart["version"]);
        Assert.False(string.IsNullOrWhiteSpace((string)chart["appVersion"]));
    }

    [Fact]
    public void Every_Value_A_Template_Reads_Exists_In_Values_Yaml()
    {
        var values = HelmChart.Values();
        var paths = HelmChart.TemplateValuePaths().ToList();

        Assert.NotEmpty(paths);
        var missing = paths.Where(p => !HelmChart.Exists(values, p.Path.TrimStart('.'))).Select(p => $"{p.File}: .Values{p.Path}").Distinct().ToList();
        Assert.True(missing.Count == 0, "Not in values.yaml:\n" + string.Join('\n', missing));
    }

    [Fact]
    public void Every_Value_Has_A_Doc_Comment()
    {
        var undocumented = HelmChart.UndocumentedValues();

        Assert.True(undocumented.Count == 0, "Values without a '# --' comment:\n" + string.Join('\n', undocumented));
    }

    [Fact]
    public void Every_Appsettings_Section_Has_A_Values_Key_Rendered_Into_The_ConfigMap()
    {
        using var appsettings = JsonDocument.Parse(File.ReadAllText(RepoPaths.Of("appsettings.json")));
        var sections = appsettings.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        var values = HelmChart.Values();
        var helpers = File.ReadAllText(Path.Combine(HelmChart.Folder, "templates", "_helpers.tpl"));
        var appsettingsBlock = helpers[helpers.IndexOf("define \"advisor.appsettings\"", StringComparison.Ordinal)..];
        var rendered = RenderedSectionPattern().Matches(appsettingsBlock).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);

        Assert.Contains("Storage", sections);
        foreach (var section in sections)
        {
            var key = char.ToLowerInvariant(section[0]) + section[1..];
            Assert.True(values.ContainsKey(key), $"appsettings.json section {section} has no values key '{key}'.");
            Assert.True(rendered.TryGetValue(section, out var from) && from == key, $"appsettings.Production.json does not render {section} from .Values.{key}.");
        }

        Assert.Equal(sections.Order(StringComparer.Ordinal), rendered.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Secrets_Stay_Out_Of_The_ConfigMap()
    {
        var helpers = File.ReadAllText(Path.Combine(HelmChart.Folder, "templates", "_helpers.tpl"));
        var secret = File.ReadAllText(Path.Combine(HelmChart.Folder, "templates", "secret.yaml"));

        Assert.Contains("\"Storage\" (omit .Values.storage \"connectionString\")", helpers, StringComparison.Ordinal);
        Assert.DoesNotContain(".Values.secrets", helpers[helpers.IndexOf("advisor.appsettings", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains(".Values.storage.connectionString", secret, StringComparison.Ordinal);
        Assert.Contains(".Values.secrets.adminToken", secret, StringComparison.Ordinal);
        Assert.Contains("b64enc", secret, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_Dashboard_Ships_With_The_Chart_From_The_One_Copy()
    {
        var link = new DirectoryInfo(Path.Combine(HelmChart.Folder, "dashboards"));
        var template = File.ReadAllText(Path.Combine(HelmChart.Folder, "templates", "dashboards-configmap.yaml"));

        Assert.Equal("../../dashboards", link.LinkTarget);
        Assert.Contains(".Files.Glob \"dashboards/*.json\"", template, StringComparison.Ordinal);
        Assert.Contains(".Values.dashboards.label }}: {{ .Values.dashboards.labelValue", template, StringComparison.Ordinal);
        var shipped = Directory.GetFiles(link.FullName, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(DashboardFiles.Paths().Select(Path.GetFileName), shipped);
        var values = HelmChart.Values();
        var dashboards = (Dictionary<object, object>)values["dashboards"];
        Assert.Equal("grafana_dashboard", dashboards["label"]);
        Assert.Equal("1", dashboards["labelValue"]);
    }

    [Fact]
    public void Template_Actions_And_Blocks_Balance()
    {
        foreach (var file in HelmChart.TemplateFiles())
        {
            var text = File.ReadAllText(file);
            var name = Path.GetFileName(file);
            var depth = 0;
            foreach (var token in DelimiterPattern().Matches(text).Select(m => m.Value))
            {
                depth += token == "{{" ? 1 : -1;
                Assert.True(depth is 0 or 1, $"{name}: '{{{{' and '}}}}' interleave or nest.");
            }

            Assert.True(depth == 0, $"{name}: unclosed '{{{{'.");
            var opened = BlockOpenPattern().Count(text);
            var closed = BlockEndPattern().Count(text);
            Assert.True(opened == closed, $"{name}: {opened} if/range/with/define blocks but {closed} ends.");
        }
    }

    [Fact]
    public void Values_Yaml_Is_Secure_By_Default()
    {
        var values = HelmChart.Values();
        var container = (Dictionary<object, object>)values["securityContext"];
        var pod = (Dictionary<object, object>)values["podSecurityContext"];

        Assert.Equal("true", container["runAsNonRoot"]);
        Assert.Equal("true", container["readOnlyRootFilesystem"]);
        Assert.Equal("false", container["allowPrivilegeEscalation"]);
        Assert.Equal(["ALL"], ((List<object>)((Dictionary<object, object>)container["capabilities"])["drop"]).Cast<string>());
        Assert.Equal("true", pod["runAsNonRoot"]);
        Assert.Equal("ClusterIP", ((Dictionary<object, object>)values["service"])["type"]);
        Assert.Equal("false", ((Dictionary<object, object>)((Dictionary<object, object>)values["metrics"])["serviceMonitor"])["enabled"]);
        Assert.Equal("false", ((Dictionary<object, object>)values["remediation"])["enabled"]);
    }

    [Fact]
    public void The_Deployment_Probes_Health_Mounts_An_EmptyDir_And_Reads_Secrets_From_The_Secret()
    {
        var deployment = File.ReadAllText(Path.Combine(HelmChart.Folder, "templates", "deployment.yaml"));
        var account = File.ReadAllText(Path.Combine(HelmChart.Folder, "templates", "serviceaccount.yaml"));

        Assert.Contains("path: /healthz", deployment, StringComparison.Ordinal);
        Assert.Contains("path: /readyz", deployment, StringComparison.Ordinal);
        Assert.Contains("emptyDir:", deployment, StringComparison.Ordinal);
        Assert.Contains("mountPath: /tmp", deployment, StringComparison.Ordinal);
        Assert.Contains("name: ADVISOR_ADMIN_TOKEN", deployment, StringComparison.Ordinal);
        Assert.Contains("name: ADVISOR_Storage__ConnectionString", deployment, StringComparison.Ordinal);
        Assert.Contains("secretKeyRef:", deployment, StringComparison.Ordinal);
        Assert.Contains("eks.amazonaws.com/role-arn: {{ . | quote }}", account, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("storage.provider is PostgreSql but neither storage.connectionString nor secrets.existingSecret")]
    [InlineData("replicaCount > 1 needs storage.provider=PostgreSql")]
    [InlineData("metrics.serviceMonitor.enabled is true but metrics.enabled is false")]
    [InlineData("storage.provider must be Sqlite or PostgreSql")]
    [InlineData("secrets.existingSecret is set together with secrets.adminToken or storage.connectionString")]
    public void The_Validate_Template_Fails_On_Contradictory_Values(string message)
    {
        var validate = File.ReadAllText(Path.Combine(HelmChart.Folder, "templates", "validate.yaml"));

        var line = validate.Split('\n').SingleOrDefault(l => l.Contains(message, StringComparison.Ordinal));
        Assert.NotNull(line);
        Assert.Contains("fail", line, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"""([A-Za-z]+)"" \(?(?:omit )?\.Values\.([A-Za-z]+)")]
    private static partial Regex RenderedSectionPattern();

    [GeneratedRegex(@"\{\{|\}\}")]
    private static partial Regex DelimiterPattern();

    [GeneratedRegex(@"\{\{-?\s*(?:if|range|with|define|block)\b")]
    private static partial Regex BlockOpenPattern();

    [GeneratedRegex(@"\{\{-?\s*end\b")]
    private static partial Regex BlockEndPattern();
}
