using System.Globalization;
using System.Text.Json;
using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.CostExplorer;

/// <summary>
/// GetCostAndUsage over the <see cref="CostLedger"/>: DAILY or MONTHLY periods, Filter, up to two GroupBy, amounts as decimal strings.
/// Pages hold whole periods, at most <see cref="MaxGroupsPerPage"/> groups (at least one period); the NextPageToken is bound to the
/// request's parameters, so a changed request gets RequestChangedException.
/// </summary>
internal sealed class GetCostAndUsageOperation(CostLedger ledger)
{
    /// <summary>Why: keeps a page well under a megabyte; 30 days × 30 usage types fits one page, a per-tag breakdown of a big estate does not.</summary>
    public const int MaxGroupsPerPage = 1000;

    public byte[] Handle(JsonElement input)
    {
        var request = CostRequest.Parse(input, ledger.Today);
        var periods = Periods(request);
        var first = request.NextPageToken is { } token ? CostPageToken.Read(token, request.Fingerprint, periods.Count) : 0;
        var page = new List<(DateOnly Start, DateOnly End, List<CostGroupResult> Groups, Dictionary<string, decimal> Total)>();
        var groups = 0;
        var next = first;
        while (next < periods.Count)
        {
            var (start, end) = periods[next];
            var (periodGroups, total) = Aggregate(request, start, end);
            if (page.Count > 0 && groups + Math.Max(1, periodGroups.Count) > MaxGroupsPerPage)
            {
                break;
            }

            page.Add((start, end, periodGroups, total));
            groups += Math.Max(1, periodGroups.Count);
            next++;
        }

        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            if (next < periods.Count)
            {
                w.WriteString("NextPageToken", CostPageToken.Create(next, request.Fingerprint));
            }

            w.WriteStartArray("GroupDefinitions");
            foreach (var (type, key) in request.GroupBy)
            {
                w.WriteStartObject();
                w.WriteString("Type", type);
                w.WriteString("Key", key);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("ResultsByTime");
            foreach (var (start, end, periodGroups, total) in page)
            {
                WritePeriod(w, request, start, end, periodGroups, total);
            }

            w.WriteEndArray();
            w.WriteStartArray("DimensionValueAttributes");
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>Formats an amount as Cost Explorer does: a plain decimal string, up to ten decimals.</summary>
    public static string Amount(decimal value) => Math.Round(value, 10).ToString("0.##########", CultureInfo.InvariantCulture);

    private void WritePeriod(Utf8JsonWriter w, CostRequest request, DateOnly start, DateOnly end, List<CostGroupResult> groups, Dictionary<string, decimal> total)
    {
        w.WriteStartObject();
        w.WriteStartObject("TimePeriod");
        w.WriteString("Start", CostRequest.Format(start));
        w.WriteString("End", CostRequest.Format(end));
        w.WriteEndObject();
        w.WriteStartObject("Total");
        if (request.GroupBy.Count == 0)
        {
            // Why: AWS leaves Total empty when grouping; UsageQuantity over mixed usage types has no single unit, hence N/A.
            WriteMetrics(w, request, total["cost"], total["hours"], "N/A");
        }

        w.WriteEndObject();
        w.WriteStartArray("Groups");
        foreach (var group in groups)
        {
            w.WriteStartObject();
            w.WriteStartArray("Keys");
            group.Keys.ForEach(w.WriteStringValue);
            w.WriteEndArray();
            w.WriteStartObject("Metrics");
            WriteMetrics(w, request, group.Cost, group.Hours, "Hrs");
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();

        // Why: AWS marks the current, still-open month as estimated.
        w.WriteBoolean("Estimated", end > new DateOnly(ledger.Today.Year, ledger.Today.Month, 1));
        w.WriteEndObject();
    }

    private static void WriteMetrics(Utf8JsonWriter w, CostRequest request, decimal cost, decimal hours, string usageUnit)
    {
        foreach (var metric in request.Metrics)
        {
            var (amount, unit) = metric switch
            {
                "UsageQuantity" => (hours, usageUnit),
                "NormalizedUsageAmount" => (hours, "N/A"),
                _ => (cost, "USD"),
            };
            w.WriteStartObject(metric);
            w.WriteString("Amount", Amount(amount));
            w.WriteString("Unit", unit);
            w.WriteEndObject();
        }
    }

    private (List<CostGroupResult> Groups, Dictionary<string, decimal> Total) Aggregate(CostRequest request, DateOnly start, DateOnly end)
    {
        var estate = ledger.Estate;
        var groups = new Dictionary<string, CostGroupResult>(StringComparer.Ordinal);
        var (cost, hours) = (0m, 0m);
        for (var day = start; day < end; day = day.AddDays(1))
        {
            foreach (var line in ledger.LinesOf(day).Where(l => request.Filter?.Matches(l, estate.AccountId, estate.Region) ?? true))
            {
                (cost, hours) = (cost + line.Cost, hours + line.Hours);
                if (request.GroupBy.Count == 0)
                {
                    continue;
                }

                var keys = request.GroupBy.Select(g => GroupKey(line, g.Type, g.Key)).ToList();
                var id = string.Join('\u001f', keys);
                var group = groups.TryGetValue(id, out var existing) ? existing : groups[id] = new CostGroupResult(keys);
                group.Cost += line.Cost;
                group.Hours += line.Hours;
            }
        }

        var ordered = groups.Values.OrderBy(g => string.Join('\u001f', g.Keys), StringComparer.Ordinal).ToList();
        return (ordered, new Dictionary<string, decimal> { ["cost"] = cost, ["hours"] = hours });
    }

    private string GroupKey(CostLine line, string type, string key) => type switch
    {
        "DIMENSION" => CostFilter.DimensionValue(line, key, ledger.Estate.AccountId, ledger.Estate.Region) ?? "NoValue",
        "TAG" => key + "$" + line.Tags.GetValueOrDefault(key, string.Empty),

        // Why: the sandbox defines no cost categories, so everything is uncategorised ("key$").
        _ => key + "$",
    };

    private static List<(DateOnly Start, DateOnly End)> Periods(CostRequest request)
    {
        var periods = new List<(DateOnly, DateOnly)>();
        var start = request.Start;
        while (start < request.End)
        {
            var end = request.Granularity == "DAILY" ? start.AddDays(1) : new DateOnly(start.Year, start.Month, 1).AddMonths(1);
            end = end < request.End ? end : request.End;
            periods.Add((start, end));
            start = end;
        }

        return periods;
    }

    /// <summary>One group being summed.</summary>
    private sealed class CostGroupResult(List<string> keys)
    {
        public List<string> Keys { get; } = keys;
        public decimal Cost { get; set; }
        public decimal Hours { get; set; }
    }
}
