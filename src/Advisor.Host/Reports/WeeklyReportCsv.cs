using System.Globalization;
using System.Text;

namespace Advisor.Host.Reports;

/// <summary>
/// The weekly report as CSV (RFC 4180): one row per listed recommendation with its section (<c>top</c>, <c>new</c>, <c>resolved</c>),
/// then one per completed remediation action (section <c>action</c>: id = action id, analyzer = action kind, status = journal state,
/// priority = <c>dry-run</c> or <c>applied</c>, summary = completion time, Cost Explorer verification and reason).
/// Why the formula guard: a cell starting with = + - @ would run as a formula in a spreadsheet; it gets a leading apostrophe.
/// </summary>
public static class WeeklyReportCsv
{
    private const string Header = "section,id,analyzer,account,region,resource,team,status,priority,monthly_savings_usd,summary";

    public static string Render(WeeklyReport report)
    {
        var csv = new StringBuilder();
        csv.Append(Header).Append("\r\n");
        Rows(csv, "top", report.Top);
        Rows(csv, "new", report.New);
        Rows(csv, "resolved", report.Resolved);
        foreach (var a in report.Actions)
        {
            var summary = a.CompletedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
                + (a.Verification is null ? "" : " " + a.VerificationText) + (a.Reason is null ? "" : " " + a.Reason);
            csv.AppendJoin(',', ["action", Q(a.Id), Q(a.Kind), Q(a.Account), Q(a.Region), Q(a.Resource), "", a.State, a.DryRun ? "dry-run" : "applied",
                a.MonthlySavings.ToString("0.00", CultureInfo.InvariantCulture), Q(summary)]).Append("\r\n");
        }

        return csv.ToString();
    }

    private static void Rows(StringBuilder csv, string section, IReadOnlyList<ReportItem> items)
    {
        foreach (var i in items)
        {
            csv.AppendJoin(',', [section, Q(i.Id), Q(i.Analyzer), Q(i.Account), Q(i.Region), Q(i.Resource), Q(i.Team ?? ""), i.Status, i.Priority,
                i.MonthlySavings.ToString("0.00", CultureInfo.InvariantCulture), Q(i.Summary)]).Append("\r\n");
        }
    }

    private static string Q(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
