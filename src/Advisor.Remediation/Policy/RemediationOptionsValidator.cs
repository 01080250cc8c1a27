using System.Globalization;
using Microsoft.Extensions.Options;

namespace Advisor.Remediation.Policy;

/// <summary>Checks <see cref="RemediationOptions"/>; every message names the configuration key (e.g. <c>Remediation:Kinds:delete-endpoint:MaxRisk</c>).</summary>
public sealed class RemediationOptionsValidator : IValidateOptions<RemediationOptions>
{
    public ValidateOptionsResult Validate(string? name, RemediationOptions options)
    {
        var errors = Errors(options, RemediationOptions.SectionName + ":");
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>The problems, each prefixed with <paramref name="prefix"/> + the key path ("Remediation:" or "file.yaml: ").</summary>
    public static IReadOnlyList<string> Errors(RemediationOptions options, string prefix)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.WebhookUrl is { } url && (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https")))
        {
            errors.Add(prefix + "WebhookUrl must be an absolute http(s) URL.");
        }

        if (options.VerifyAfter < TimeSpan.FromDays(1))
        {
            // Why: Cost Explorer reports whole days; less than one day on each side compares nothing.
            errors.Add(prefix + "VerifyAfter must be at least 1.00:00:00 (one day).");
        }

        if (options.PollInterval < TimeSpan.Zero)
        {
            errors.Add(prefix + "PollInterval must not be negative.");
        }

        if (options.MaxPolls < 1)
        {
            errors.Add(prefix + "MaxPolls must be at least 1.");
        }

        foreach (var (kind, policy) in options.Kinds)
        {
            var at = prefix + "Kinds:" + kind + ":";
            if (!ActionKindIds.All.Contains(kind, StringComparer.Ordinal))
            {
                errors.Add(prefix + "Kinds:" + kind + " is not an action kind (known: " + string.Join(", ", ActionKindIds.All) + ").");
            }

            // Why: 0–4 is Compute Optimizer's risk scale, which findings use.
            if (policy.MaxRisk is < 0 or > 4)
            {
                errors.Add(at + "MaxRisk must be between 0 and 4, not " + policy.MaxRisk.ToString(CultureInfo.InvariantCulture) + ".");
            }

            if (policy.MaxActionsPerRun < 1)
            {
                errors.Add(at + "MaxActionsPerRun must be at least 1.");
            }

            if (policy.GracePeriod < TimeSpan.Zero)
            {
                errors.Add(at + "GracePeriod must not be negative.");
            }

            if (policy.IdleLookback < TimeSpan.FromHours(1))
            {
                errors.Add(at + "IdleLookback must be at least 1 hour (CloudWatch's hourly period).");
            }

            foreach (var (key, text) in new[] { ("OptInTag", policy.OptInTag), ("ExclusionTag", policy.ExclusionTag) })
            {
                try
                {
                    _ = TagRule.Parse(text);
                }
                catch (FormatException ex)
                {
                    errors.Add(at + key + ": " + ex.Message);
                }
            }

            if (string.IsNullOrWhiteSpace(policy.ExclusionTag))
            {
                errors.Add(at + "ExclusionTag must not be empty: every resource needs a way to opt out.");
            }
        }

        return errors;
    }
}
