using System.Globalization;
using System.Text.Json;

namespace Advisor.Host.Reports;

/// <summary>Reads the evidence of a stored recommendation's published JSON into readable lines (window, observations, formula and its lines).</summary>
internal static class ReportEvidence
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static IReadOnlyList<string> Lines(string documentJson)
    {
        var lines = new List<string>();
        try
        {
            using var doc = JsonDocument.Parse(documentJson);
            if (!doc.RootElement.TryGetProperty("evidence", out var e))
            {
                return lines;
            }

            if (e.TryGetProperty("window", out var w) && w.ValueKind == JsonValueKind.Object)
            {
                lines.Add(string.Create(Inv, $"Window: {Text(w, "start")} → {Text(w, "end")}, statistic {Text(w, "statistic")}, coverage {Text(w, "coverage")}"));
            }

            if (e.TryGetProperty("observations", out var obs) && obs.ValueKind == JsonValueKind.Object)
            {
                lines.AddRange(obs.EnumerateObject().Select(p => $"{p.Name}: {Scalar(p.Value)}"));
            }

            if (e.TryGetProperty("formula", out var formula) && formula.ValueKind == JsonValueKind.String)
            {
                lines.Add("Savings = " + formula.GetString());
                if (e.TryGetProperty("lines", out var items) && items.ValueKind == JsonValueKind.Array)
                {
                    lines.AddRange(items.EnumerateArray().Select(l =>
                        $"  {Text(l, "label")}: {Text(l, "hourlyUsd")} × {Text(l, "quantity")} × 730 = {Text(l, "monthlyUsd")} USD"));
                }
            }
        }
        catch (JsonException)
        {
            lines.Add("(evidence could not be read)");
        }

        return lines;
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? Scalar(value) : "";

    private static string Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Null => "",
        _ => value.GetRawText(),
    };
}
