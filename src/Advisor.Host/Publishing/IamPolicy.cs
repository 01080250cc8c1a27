using System.Text.Json;
using System.Text.Json.Nodes;
using Advisor.Aws.Collection;
using Advisor.Core.Analysis;

namespace Advisor.Host.Publishing;

/// <summary>
/// The least-privilege IAM policy for the collectors and the registered analyzers: read-only by default, plus exactly the
/// remediation actions of the analyzers when apply is allowed, and sts:AssumeRole on the configured member-account roles.
/// Never a wildcard action.
/// </summary>
public static class IamPolicy
{
    /// <summary>The sorted, distinct actions.</summary>
    public static IReadOnlyList<string> Actions(IEnumerable<IAnalyzer> analyzers, bool includeRemediation)
    {
        var descriptors = analyzers.Select(a => a.Descriptor).ToList();
        return CollectionPermissions.BySource.Values.SelectMany(a => a)
            .Concat(descriptors.SelectMany(d => d.IamActions))
            .Concat(includeRemediation ? descriptors.SelectMany(d => d.RemediationIamActions) : [])
            .Concat(includeRemediation ? Advisor.Remediation.Kinds.ActionKinds.Default.All.SelectMany(k => k.IamActions) : [])
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The policy document (IAM JSON), with an AssumeRole statement when member-account roles are configured.</summary>
    public static string Render(IEnumerable<IAnalyzer> analyzers, bool includeRemediation, IReadOnlyList<string> assumeRoleArns)
    {
        var actions = Actions(analyzers, includeRemediation);
        var wildcard = actions.FirstOrDefault(a => a.Contains('*', StringComparison.Ordinal));
        if (wildcard is not null)
        {
            throw new InvalidOperationException($"IAM action '{wildcard}' is a wildcard; declare the exact actions in the descriptor.");
        }

        var statements = new JsonArray
        {
            new JsonObject
            {
                ["Sid"] = includeRemediation ? "AdvisorReadAndApply" : "AdvisorReadOnly",
                ["Effect"] = "Allow",
                ["Action"] = new JsonArray([.. actions.Select(a => (JsonNode)a)]),

                // Why: these List/Describe/Get actions do not support resource-level permissions, so "*" is the only valid resource.
                ["Resource"] = "*",
            },
        };
        if (assumeRoleArns.Count > 0)
        {
            statements.Add(new JsonObject
            {
                ["Sid"] = "AdvisorAssumeMemberRoles",
                ["Effect"] = "Allow",
                ["Action"] = "sts:AssumeRole",
                ["Resource"] = new JsonArray([.. assumeRoleArns.Select(a => (JsonNode)a)]),
            });
        }

        var policy = new JsonObject { ["Version"] = "2012-10-17", ["Statement"] = statements };
        return policy.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
