using Advisor.Core.Domain;
using Advisor.Remediation.Policy;

namespace Advisor.Remediation.Tests.Policy;

/// <summary>Policy files load with the appsettings shape, and bad ones are refused with the file and field named.</summary>
public sealed class PolicyFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("advisor-policy-").FullName;

    [Fact]
    public void A_Yaml_Policy_Loads_Every_Field()
    {
        var path = Write("policy.yaml", """
            Enabled: true
            Kinds:
              delete-endpoint:
                Enabled: true
                DryRun: false
                MinConfidence: Medium
                MaxRisk: 2
                Regions: [us-east-1, eu-west-1]
                GracePeriod: "3.00:00:00"
                RequireApproval: true
                MaxActionsPerRun: 2
            """);

        var options = PolicyFile.Load(path);

        var policy = options.For("delete-endpoint");
        Assert.True(options.Enabled);
        Assert.False(policy.DryRun);
        Assert.Equal(Confidence.Medium, policy.MinConfidence);
        Assert.Equal(["us-east-1", "eu-west-1"], policy.Regions);
        Assert.Equal(TimeSpan.FromDays(3), policy.GracePeriod);
        Assert.Equal("advisor:auto-apply=true", policy.OptInTag);
        Assert.False(options.For("stop-notebook").Enabled);
    }

    [Fact]
    public void The_Shipped_Example_Policy_Is_Valid()
    {
        var example = Path.Combine(RepoRoot(), "docs", "examples", "remediation-policy.yaml");

        var options = PolicyFile.Load(example);

        Assert.True(options.Kinds.Count > 0);
    }

    [Fact]
    public void The_Remediation_Section_Of_Appsettings_Is_Valid_And_Off_By_Default()
    {
        using var settings = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot(), "appsettings.json")));
        var path = Write("section.json", settings.RootElement.GetProperty("Remediation").GetRawText());

        var options = PolicyFile.Load(path);

        Assert.False(options.Enabled);
        Assert.All(options.Kinds.Values, k => Assert.True(k.DryRun));
        Assert.Equal(TimeSpan.FromDays(7), options.For("delete-endpoint").GracePeriod);
    }

    [Theory]
    [InlineData("Kinds:\n  delete-endpoint:\n    MaxRisk: 9\n", "policy.yaml: Kinds:delete-endpoint:MaxRisk must be between 0 and 4")]
    [InlineData("Kinds:\n  delete-everything:\n    Enabled: true\n", "policy.yaml: Kinds:delete-everything is not an action kind")]
    [InlineData("Kinds:\n  stop-notebook:\n    OptInTag: no-equals-sign\n", "policy.yaml: Kinds:stop-notebook:OptInTag: 'no-equals-sign' is not a key=value tag")]
    [InlineData("Kinds:\n  stop-notebook:\n    MaxRisk: lots\n", "policy.yaml")]
    [InlineData("Enabled: true\nMaxActions: 3\n", "MaxActions")]
    public void A_Bad_Policy_Is_Refused_Naming_The_File_And_Field(string yaml, string expected)
    {
        var path = Write("policy.yaml", yaml);

        var error = Assert.Throws<PolicyFileException>(() => PolicyFile.Load(path));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Missing_Policy_File_Is_Named()
    {
        var path = Path.Combine(_directory, "nope.yaml");

        var error = Assert.Throws<PolicyFileException>(() => PolicyFile.Load(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Options_Validator_Names_The_Configuration_Key()
    {
        var options = new RemediationOptions { Kinds = { ["delete-endpoint"] = new ActionPolicy { MaxActionsPerRun = 0, ExclusionTag = "" } } };

        var result = new RemediationOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Remediation:Kinds:delete-endpoint:MaxActionsPerRun must be at least 1.", result.Failures!);
        Assert.Contains(result.Failures!, f => f.StartsWith("Remediation:Kinds:delete-endpoint:ExclusionTag", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Advisor.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Advisor.sln not found above " + AppContext.BaseDirectory);
    }
}
