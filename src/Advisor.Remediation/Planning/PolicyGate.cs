using Advisor.Core.Domain;
using Advisor.Remediation.Kinds;
using Advisor.Remediation.Policy;

namespace Advisor.Remediation.Planning;

/// <summary>The policy checks, each returning null (allowed) or the reason in words a platform engineer reads.</summary>
public static class PolicyGate
{
    /// <summary>Checks on the finding alone (no AWS call): enabled, confidence, risk, account, region.</summary>
    public static string? FindingReason(RemediationOptions options, string kind, Finding finding)
    {
        var policy = options.For(kind);
        return !options.Enabled ? "remediation is disabled (Remediation:Enabled is false)"
            : !policy.Enabled ? $"action kind {kind} is not enabled (Remediation:Kinds:{kind}:Enabled)"
            : finding.Confidence < policy.MinConfidence ? $"confidence {finding.Confidence} is below MinConfidence {policy.MinConfidence}"
            : finding.Risk > policy.MaxRisk ? $"risk {finding.Risk} is above MaxRisk {policy.MaxRisk}"
            : policy.Accounts.Count > 0 && !policy.Accounts.Contains(finding.Resource.Account, StringComparer.Ordinal)
                ? $"account {finding.Resource.Account} is not in the Accounts allow-list"
            : policy.Regions.Count > 0 && !policy.Regions.Contains(finding.Resource.Region, StringComparer.Ordinal)
                ? $"region {finding.Resource.Region} is not in the Regions allow-list"
            : null;
    }

    /// <summary>Checks on the resource's current tags: the exclusion tag always wins; the opt-in tag is required when configured.</summary>
    public static string? TagReason(ActionPolicy policy, ResourceState state)
    {
        if (TagRule.Parse(policy.ExclusionTag) is { } exclusion && exclusion.Matches(state.Tags))
        {
            return $"the resource carries the exclusion tag {exclusion}";
        }

        return TagRule.Parse(policy.OptInTag) is { } optIn && !optIn.Matches(state.Tags)
            ? $"the resource does not carry the opt-in tag {optIn}"
            : null;
    }
}
