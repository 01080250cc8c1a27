using System.Text.Json;
using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.CostExplorer;

/// <summary>
/// Cost Explorer's <c>Expression</c>: parsed and checked as AWS does (exactly one root per node, known dimensions, allowed match options),
/// then evaluated against <see cref="CostLine"/>s. Values in one list are ORed.
/// </summary>
internal sealed class CostFilter
{
    /// <summary>Why: the Dimension enum of the Cost Explorer model (aws-wire §2.1).</summary>
    public static readonly HashSet<string> Dimensions = new(StringComparer.Ordinal)
    {
        "AZ", "INSTANCE_TYPE", "LINKED_ACCOUNT", "PAYER_ACCOUNT", "LINKED_ACCOUNT_NAME", "OPERATION", "PURCHASE_TYPE", "REGION", "SERVICE",
        "SERVICE_CODE", "USAGE_TYPE", "USAGE_TYPE_GROUP", "RECORD_TYPE", "OPERATING_SYSTEM", "TENANCY", "SCOPE", "PLATFORM", "SUBSCRIPTION_ID",
        "LEGAL_ENTITY_NAME", "DEPLOYMENT_OPTION", "DATABASE_ENGINE", "CACHE_ENGINE", "INSTANCE_TYPE_FAMILY", "BILLING_ENTITY", "RESERVATION_ID",
        "RESOURCE_ID", "RIGHTSIZING_TYPE", "SAVINGS_PLANS_TYPE", "SAVINGS_PLAN_ARN", "PAYMENT_OPTION", "AGREEMENT_END_DATE_TIME_AFTER",
        "AGREEMENT_END_DATE_TIME_BEFORE", "INVOICING_ENTITY", "ANOMALY_TOTAL_IMPACT_ABSOLUTE", "ANOMALY_TOTAL_IMPACT_PERCENTAGE",
    };

    private static readonly string[] Roots = ["And", "Or", "Not", "Dimensions", "Tags", "CostCategories"];

    private readonly Func<CostLine, string, string, bool> _match;

    private CostFilter(Func<CostLine, string, string, bool> match) => _match = match;

    /// <summary>Whether a line passes; <paramref name="account"/> and <paramref name="region"/> answer LINKED_ACCOUNT and REGION.</summary>
    public bool Matches(CostLine line, string account, string region) => _match(line, account, region);

    public static CostFilter Parse(JsonElement node, string path = "Filter")
    {
        if (node.ValueKind != JsonValueKind.Object)
        {
            throw CostExplorerErrors.Validation($"{path} must be an Expression object.");
        }

        var present = Roots.Where(r => JsonInput.Member(node, r) is not null).ToList();
        if (present.Count != 1)
        {
            throw CostExplorerErrors.Validation(present.Count == 0
                ? $"{path}: expression is empty; it needs one of And, Or, Not, Dimensions, Tags, CostCategories."
                : $"{path}: Expression has more than one roots. Only one root operator is allowed for each expression: And, Or, Not, Dimensions, Tags, CostCategories");
        }

        var value = JsonInput.Member(node, present[0])!.Value;
        return present[0] switch
        {
            "And" => Combine(value, path + ".And", all: true),
            "Or" => Combine(value, path + ".Or", all: false),
            "Not" => Negate(Parse(value, path + ".Not")),
            "Dimensions" => DimensionMatch(value, path + ".Dimensions"),
            "Tags" => TagMatch(value, path + ".Tags"),
            _ => new CostFilter((_, _, _) => false),
        };
    }

    private static CostFilter Negate(CostFilter inner) => new((l, a, r) => !inner.Matches(l, a, r));

    private static CostFilter Combine(JsonElement list, string path, bool all)
    {
        if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() < 2)
        {
            throw CostExplorerErrors.Validation($"{path} must be a list of at least two expressions.");
        }

        var parts = list.EnumerateArray().Select((e, i) => Parse(e, $"{path}[{i}]")).ToList();
        return all
            ? new CostFilter((l, a, r) => parts.All(p => p.Matches(l, a, r)))
            : new CostFilter((l, a, r) => parts.Any(p => p.Matches(l, a, r)));
    }

    private static CostFilter DimensionMatch(JsonElement node, string path)
    {
        var (key, values, options) = KeyValues(node, path);
        if (!Dimensions.Contains(key))
        {
            throw CostExplorerErrors.Validation($"{path}.Key '{key}' is not a valid dimension.");
        }

        if (options.FirstOrDefault(o => o is not ("EQUALS" or "CASE_SENSITIVE")) is { } bad)
        {
            throw CostExplorerErrors.Validation($"{path}.MatchOptions '{bad}' is not supported for Dimensions; use EQUALS or CASE_SENSITIVE.");
        }

        var set = new HashSet<string>(values, options.Contains("CASE_SENSITIVE") ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
        return new CostFilter((line, account, region) => DimensionValue(line, key, account, region) is { } v && set.Contains(v));
    }

    private static CostFilter TagMatch(JsonElement node, string path)
    {
        var (key, values, options) = KeyValues(node, path);
        var absent = options.Contains("ABSENT");
        var set = new HashSet<string>(values, StringComparer.Ordinal);
        return new CostFilter((line, _, _) => line.Tags.TryGetValue(key, out var v) ? set.Contains(v) : absent || set.Contains(string.Empty));
    }

    private static (string Key, IReadOnlyList<string> Values, IReadOnlyList<string> Options) KeyValues(JsonElement node, string path)
    {
        try
        {
            var key = JsonInput.String(node, "Key") ?? throw CostExplorerErrors.Validation($"{path}.Key is required.");
            var values = (JsonInput.Array(node, "Values") ?? []).Select(v => v.GetString() ?? string.Empty).ToList();
            var options = (JsonInput.Array(node, "MatchOptions") ?? []).Select(v => v.GetString() ?? string.Empty).ToList();
            return (key, values, options);
        }
        catch (Exception ex) when (ex is WireInputException or InvalidOperationException)
        {
            throw CostExplorerErrors.Validation($"{path}: {ex.Message}");
        }
    }

    /// <summary>The value of a DIMENSION for a line (null when the sandbox does not model it).</summary>
    public static string? DimensionValue(CostLine line, string key, string account, string region) => key switch
    {
        "SERVICE" => line.Service,
        "USAGE_TYPE" => line.UsageType,
        "INSTANCE_TYPE" => line.InstanceType,
        "OPERATION" => line.Operation,
        "PURCHASE_TYPE" => line.PurchaseType,
        "LINKED_ACCOUNT" => account,
        "REGION" => region,
        "RECORD_TYPE" => "Usage",
        "TENANCY" => "Shared",
        "PLATFORM" => line.Service == CostLedger.Ec2Service ? "Linux/UNIX" : "NoPlatform",
        _ => null,
    };
}
