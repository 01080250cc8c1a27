using System.Globalization;
using Advisor.Host.Cycle;
using CsvHelper;

namespace Advisor.Host.Publishing;

/// <summary>Writes <c>report.csv</c>: one row per recommendation, for spreadsheets.</summary>
public static class CsvReport
{
    public static void Write(CycleResult result, TextWriter writer)
    {
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var header in new[]
                 {
                     "rank", "priority", "id", "analyzer", "account", "region", "resource_type", "resource_id", "action",
                     "monthly_savings_usd", "cost_basis", "confidence", "risk", "effort", "summary",
                 })
        {
            csv.WriteField(header);
        }

        csv.NextRecord();
        foreach (var r in result.Recommendations)
        {
            var f = r.Finding;
            csv.WriteField(r.Rank);
            csv.WriteField(r.Priority.ToString());
            csv.WriteField(r.Id);
            csv.WriteField(f.AnalyzerId);
            csv.WriteField(f.Resource.Account);
            csv.WriteField(f.Resource.Region);
            csv.WriteField(f.Resource.Type);
            csv.WriteField(f.Resource.Id);
            csv.WriteField(f.Action);
            csv.WriteField((f.Savings?.Amount ?? 0m).ToString("0.00", CultureInfo.InvariantCulture));
            csv.WriteField(f.Savings?.Basis.ToString() ?? "");
            csv.WriteField(f.Confidence.ToString());
            csv.WriteField(f.Risk);
            csv.WriteField(f.Effort.ToString());
            csv.WriteField(f.Summary);
            csv.NextRecord();
        }
    }
}
