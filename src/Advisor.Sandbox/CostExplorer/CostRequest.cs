using System.Globalization;
using System.Text.Json;
using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.CostExplorer;

/// <summary>A checked GetCostAndUsage input (AWS's rules: End exclusive, Start not after today, ≤ 2 GroupBy, known metrics, one Filter root).</summary>
internal sealed record CostRequest(
    DateOnly Start, DateOnly End, string Granularity, IReadOnlyList<string> Metrics, CostFilter? Filter,
    IReadOnlyList<(string Type, string Key)> GroupBy, string Fingerprint, string? NextPageToken)
{
    /// <summary>Why: the metric names the API accepts.</summary>
    public static readonly HashSet<string> MetricNames = new(StringComparer.Ordinal)
    {
        "AmortizedCost", "BlendedCost", "NetAmortizedCost", "NetUnblendedCost", "NormalizedUsageAmount", "UnblendedCost", "UsageQuantity",
    };

    /// <summary>Why: the DIMENSION keys GroupBy accepts (aws-wire §2.1).</summary>
    private static readonly HashSet<string> GroupDimensions = new(StringComparer.Ordinal)
    {
        "AZ", "INSTANCE_TYPE", "LEGAL_ENTITY_NAME", "INVOICING_ENTITY", "LINKED_ACCOUNT", "OPERATION", "PLATFORM", "PURCHASE_TYPE", "SERVICE",
        "TENANCY", "RECORD_TYPE", "USAGE_TYPE", "REGION",
    };

    /// <summary>Why: about 14 months of daily data, Cost Explorer's retention; longer ranges are refused.</summary>
    private const int MaxDays = 430;

    public static CostRequest Parse(JsonElement input, DateOnly today)
    {
        var period = JsonInput.Member(input, "TimePeriod") ?? throw CostExplorerErrors.Validation("TimePeriod is required.");
        var start = Date(period, "Start");
        var end = Date(period, "End");
        if (start > today)
        {
            throw CostExplorerErrors.Validation($"Start date {Format(start)} is after today ({Format(today)}); Start must not be later than today.");
        }

        if (end <= start)
        {
            throw CostExplorerErrors.Validation($"Start date {Format(start)} must be before End date {Format(end)} (End is exclusive).");
        }

        if (end.DayNumber - start.DayNumber > MaxDays)
        {
            throw CostExplorerErrors.Validation($"The time period {Format(start)} to {Format(end)} is longer than Cost Explorer keeps ({MaxDays} days).");
        }

        var granularity = JsonInput.String(input, "Granularity") ?? throw CostExplorerErrors.Validation("Granularity is required.");
        if (granularity is not ("DAILY" or "MONTHLY"))
        {
            throw CostExplorerErrors.Validation(granularity == "HOURLY"
                ? "Hourly granularity is not enabled for this account (it is an opt-in in Cost Explorer preferences)."
                : $"Granularity '{granularity}' is invalid; use DAILY, MONTHLY or HOURLY.");
        }

        var metrics = (JsonInput.Array(input, "Metrics") ?? []).Select(m => m.ValueKind == JsonValueKind.String ? m.GetString()! : string.Empty).ToList();
        if (metrics.Count == 0)
        {
            throw CostExplorerErrors.Validation("Metrics is required and must name at least one metric.");
        }

        if (metrics.FirstOrDefault(m => !MetricNames.Contains(m)) is { } unknown)
        {
            throw CostExplorerErrors.Validation($"Metric '{unknown}' is not valid; valid metrics are {string.Join(", ", MetricNames.Order(StringComparer.Ordinal))}.");
        }

        var filterNode = JsonInput.Member(input, "Filter");
        var filter = filterNode is { } f ? CostFilter.Parse(f) : null;
        var groupBy = ParseGroupBy(input);
        var canonical = string.Join('\n', Format(start), Format(end), granularity, string.Join(',', metrics),
            filterNode?.GetRawText() ?? string.Empty, string.Join(',', groupBy.Select(g => g.Type + ":" + g.Key)));
        return new CostRequest(start, end, granularity, metrics, filter, groupBy, PageToken.Fingerprint(canonical), JsonInput.String(input, "NextPageToken"));
    }

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<(string Type, string Key)> ParseGroupBy(JsonElement input)
    {
        var groups = JsonInput.Array(input, "GroupBy") ?? [];

        // Why: GetCostAndUsage accepts at most two GroupBy definitions.
        if (groups.Count > 2)
        {
            throw CostExplorerErrors.Validation($"GroupBy accepts at most 2 definitions; {groups.Count} were given.");
        }

        var result = new List<(string, string)>();
        foreach (var group in groups)
        {
            var type = JsonInput.String(group, "Type") ?? throw CostExplorerErrors.Validation("GroupBy Type is required (DIMENSION, TAG or COST_CATEGORY).");
            var key = JsonInput.String(group, "Key") ?? throw CostExplorerErrors.Validation("GroupBy Key is required.");
            if (type is not ("DIMENSION" or "TAG" or "COST_CATEGORY"))
            {
                throw CostExplorerErrors.Validation($"GroupBy Type '{type}' is invalid; use DIMENSION, TAG or COST_CATEGORY.");
            }

            if (type == "DIMENSION" && !GroupDimensions.Contains(key))
            {
                throw CostExplorerErrors.Validation($"GroupBy DIMENSION '{key}' is not supported; use one of {string.Join(", ", GroupDimensions.Order(StringComparer.Ordinal))}.");
            }

            result.Add((type, key));
        }

        if (result.Distinct().Count() != result.Count)
        {
            throw CostExplorerErrors.Validation("GroupBy contains the same group twice.");
        }

        return result;
    }

    /// <summary>"yyyy-MM-dd" or "yyyy-MM-ddTHH:mm:ssZ" (the time is ignored: DAILY and MONTHLY periods are whole days).</summary>
    private static DateOnly Date(JsonElement period, string member)
    {
        var text = JsonInput.String(period, member) ?? throw CostExplorerErrors.Validation($"TimePeriod.{member} is required.");

        // Why: both accepted forms start with the ten-character date.
        if (text.Length is not (10 or 20) || !DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw CostExplorerErrors.Validation($"TimePeriod.{member} '{text}' is not a date in the form yyyy-MM-dd.");
        }

        return date;
    }
}
