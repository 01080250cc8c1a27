using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Advisor.Aws.Accounts;

/// <summary>The rules of <see cref="AccountsOptions"/>, each problem naming its field.</summary>
internal static partial class AccountsValidation
{
    public static List<string> Problems(AccountsOptions options)
    {
        var problems = new List<string>();
        CheckRole(problems, "RoleName", options.RoleName);
        CheckExternalId(problems, "ExternalId", options.ExternalId);
        if (!SessionName().IsMatch(options.SessionName ?? string.Empty))
        {
            problems.Add($"SessionName '{options.SessionName}' must be 2-64 characters of letters, digits and +=,.@_-");
        }

        CheckRegions(problems, "Regions", options.Regions);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Targets.Count; i++)
        {
            var target = options.Targets[i];
            var at = "Targets[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (target is null)
            {
                problems.Add(at + " is empty");
                continue;
            }

            if (target.Id is not { Length: 12 } || !target.Id.All(char.IsAsciiDigit))
            {
                problems.Add($"{at}.Id '{target.Id}' is not a 12-digit AWS account id");
            }
            else if (!seen.Add(target.Id))
            {
                problems.Add($"{at}.Id {target.Id} is listed more than once");
            }

            CheckRole(problems, at + ".RoleName", target.RoleName);
            CheckExternalId(problems, at + ".ExternalId", target.ExternalId);
            CheckRegions(problems, at + ".Regions", target.Regions);
        }

        return problems;
    }

    private static void CheckRole(List<string> problems, string field, string? role)
    {
        if (role is not null && !RoleName().IsMatch(role))
        {
            problems.Add($"{field} '{role}' is not an IAM role name (1-64 characters of letters, digits and +=,.@_-)");
        }
    }

    private static void CheckExternalId(List<string> problems, string field, string? externalId)
    {
        // Why: STS accepts ExternalId of 2-1224 characters from [\w+=,.@:/-]; the value itself is never echoed (it is a shared secret).
        if (externalId is not null && !ExternalIdPattern().IsMatch(externalId))
        {
            problems.Add($"{field} must be 2-1224 characters of letters, digits and +=,.@:/_-");
        }
    }

    private static void CheckRegions(List<string> problems, string field, List<string>? regions)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var region in regions ?? [])
        {
            if (region is null || !Region().IsMatch(region))
            {
                problems.Add($"{field} has '{region}', which does not look like an AWS region (e.g. us-east-1, eu-west-2)");
            }
            else if (!seen.Add(region))
            {
                problems.Add($"{field} lists {region} more than once");
            }
        }
    }

    // Why: partition prefixes (us, eu, ap, ...), optional gov/iso qualifiers, a direction and a number: us-east-1, us-gov-west-1, eu-central-2.
    [GeneratedRegex(@"^[a-z]{2}(-(gov|iso|isob|isof))?-[a-z]+-[0-9]{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Region();

    [GeneratedRegex(@"^[\w+=,.@-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex RoleName();

    [GeneratedRegex(@"^[\w+=,.@-]{2,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex SessionName();

    [GeneratedRegex(@"^[\w+=,.@:/-]{2,1224}$", RegexOptions.CultureInvariant)]
    private static partial Regex ExternalIdPattern();
}

/// <summary>Validates <see cref="AccountsOptions"/> when bound through the options pipeline (ValidateOnStart).</summary>
public sealed class AccountsOptionsValidator : IValidateOptions<AccountsOptions>
{
    public ValidateOptionsResult Validate(string? name, AccountsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = AccountsValidation.Problems(options);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
