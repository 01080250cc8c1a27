using System.Text.Json;
using System.Text.RegularExpressions;
using Advisor.Analyzers.Registration;
using Advisor.Aws.Collection;
using Advisor.Core.Analysis;
using Advisor.Host.Composition;
using Advisor.Host.Tests.Support;
using Advisor.Remediation.Kinds;
using Microsoft.Extensions.DependencyInjection;

namespace Advisor.Host.Tests.Operations;

/// <summary>
/// The policy an operator attaches to the IRSA role (README "The IAM policy"): every collector source and every analyzer's
/// actions read-only, remediation only with --apply, each action an exact service:Operation. Publishing/IamPolicyTests checks
/// the clients' operations and the wildcard rule.
/// </summary>
public sealed partial class IamPolicyCoverageTests
{
    [Fact]
    public async Task The_Read_Only_Policy_Covers_Every_Source_And_Analyzer_And_No_Remediation_Action()
    {
        var (analyzerActions, remediationActions) = DescriptorActions();
        var readOnly = await ActionsAsync("iam-policy");

        Assert.All(CollectionPermissions.BySource.Values.SelectMany(a => a), a => Assert.Contains(a, readOnly));
        Assert.All(analyzerActions, a => Assert.Contains(a, readOnly));
        Assert.NotEmpty(remediationActions);
        Assert.All(remediationActions.Except(analyzerActions).Except(CollectionPermissions.BySource.Values.SelectMany(a => a)),
            a => Assert.DoesNotContain(a, readOnly));
    }

    [Fact]
    public async Task The_Apply_Policy_Adds_Exactly_The_Remediation_Actions_Of_Analyzers_And_Action_Kinds()
    {
        var (_, remediationActions) = DescriptorActions();
        var kindActions = ActionKinds.Default.All.SelectMany(k => k.IamActions).ToList();
        Assert.NotEmpty(kindActions);
        var readOnly = await ActionsAsync("iam-policy");
        var apply = await ActionsAsync("iam-policy", "--apply");

        Assert.Equal(readOnly.Union(remediationActions).Union(kindActions).Order(StringComparer.Ordinal), apply.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Every_Action_Is_An_Exact_Service_Operation()
    {
        var apply = await ActionsAsync("iam-policy", "--apply");

        var malformed = apply.Where(a => !ActionPattern().IsMatch(a)).ToList();
        Assert.True(malformed.Count == 0, "Not service:Operation: " + string.Join(", ", malformed));
    }

    private static (HashSet<string> Analyzer, HashSet<string> Remediation) DescriptorActions()
    {
        using var services = new ServiceCollection().AddAdvisorAnalyzers(AdvisorConfiguration.Load()).BuildServiceProvider();
        var descriptors = services.GetRequiredService<AnalyzerRegistry>().All.Select(a => a.Descriptor).ToList();
        Assert.NotEmpty(descriptors);
        return (descriptors.SelectMany(d => d.IamActions).ToHashSet(StringComparer.Ordinal),
            descriptors.SelectMany(d => d.RemediationIamActions).ToHashSet(StringComparer.Ordinal));
    }

    private static async Task<List<string>> ActionsAsync(params string[] args)
    {
        var (exit, output) = await CliRun.RunAsync(args);
        Assert.True(exit == 0, output);
        using var doc = JsonDocument.Parse(output);
        return [.. doc.RootElement.GetProperty("Statement")[0].GetProperty("Action").EnumerateArray().Select(a => a.GetString()!)];
    }

    [GeneratedRegex("^[a-z0-9-]+:[A-Z][A-Za-z0-9]+$")]
    private static partial Regex ActionPattern();
}
