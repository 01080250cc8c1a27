using System.Globalization;
using System.Net;
using System.Text;

namespace Advisor.Host.Reports;

/// <summary>The weekly report as one self-contained HTML page (inline style, no scripts, no external resources); every value is escaped.</summary>
public static class WeeklyReportHtml
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Render(WeeklyReport report)
    {
        var h = new StringBuilder();
        h.AppendLine("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>ML Cost Advisor weekly report</title>");
        h.AppendLine("<style>body{font-family:sans-serif;margin:2em;max-width:70em}table{border-collapse:collapse;margin-bottom:1.5em}"
            + "td,th{border:1px solid #ccc;padding:.3em .6em;text-align:left}td.n{text-align:right}h3{margin-bottom:.2em}</style></head><body>");
        h.AppendLine("<h1>ML Cost Advisor weekly report</h1>");
        h.AppendLine(Inv, $"<p>Period {E(report.PeriodStart.ToString("yyyy-MM-dd HH:mm", Inv))} → {E(report.PeriodEnd.ToString("yyyy-MM-dd HH:mm", Inv))} UTC. Monthly figures are hourly × 730 h, in USD.</p>");
        h.AppendLine(Inv, $"<p><strong>{report.OpenCount} open or accepted recommendations, {E(WeeklyReportMarkdown.Usd(report.IdentifiedMonthlySavings))} per month.</strong> {report.New.Count} new, {report.Resolved.Count} resolved since the last report.</p>");
        Totals(h, "By analyzer", "analyzer", report.ByAnalyzer);
        Totals(h, "By account", "account", report.ByAccount);
        Totals(h, "By team", "team", report.ByTeam);
        Items(h, "New since the last report", report.New);
        Items(h, "Resolved since the last report", report.Resolved);
        Actions(h, report);
        h.AppendLine("<h2>Top open recommendations</h2>");
        var rank = 0;
        foreach (var i in report.Top)
        {
            h.AppendLine(Inv, $"<h3>{++rank}. {E(i.Resource)} ({E(i.Analyzer)}) — {E(WeeklyReportMarkdown.Usd(i.MonthlySavings))}/month</h3>");
            h.AppendLine(Inv, $"<p>{E(i.Summary)} ({E(i.Priority)}; account {E(i.Account)}, {E(i.Region)}; team {E(i.Team ?? "none")})</p>");
            if (i.Evidence.Count > 0)
            {
                h.Append("<ul>");
                foreach (var line in i.Evidence)
                {
                    h.Append("<li>").Append(E(line)).Append("</li>");
                }

                h.AppendLine("</ul>");
            }
        }

        h.AppendLine("</body></html>");
        return h.ToString();
    }

    private static void Totals(StringBuilder h, string title, string column, IReadOnlyList<ReportTotal> totals)
    {
        h.AppendLine(Inv, $"<h2>{E(title)}</h2><table><tr><th>{E(column)}</th><th>recommendations</th><th>$/month</th></tr>");
        foreach (var t in totals)
        {
            h.AppendLine(Inv, $"<tr><td>{E(t.Key)}</td><td class=\"n\">{t.Count}</td><td class=\"n\">{E(WeeklyReportMarkdown.Usd(t.MonthlySavings))}</td></tr>");
        }

        h.AppendLine("</table>");
    }

    private static void Items(StringBuilder h, string title, IReadOnlyList<ReportItem> items)
    {
        h.AppendLine(Inv, $"<h2>{E(title)}</h2>");
        if (items.Count == 0)
        {
            h.AppendLine("<p>None.</p>");
            return;
        }

        h.AppendLine("<table><tr><th>analyzer</th><th>account</th><th>region</th><th>resource</th><th>status</th><th>$/month</th></tr>");
        foreach (var i in items)
        {
            h.AppendLine(Inv, $"<tr><td>{E(i.Analyzer)}</td><td>{E(i.Account)}</td><td>{E(i.Region)}</td><td>{E(i.Resource)}</td><td>{E(i.Status)}</td><td class=\"n\">{E(WeeklyReportMarkdown.Usd(i.MonthlySavings))}</td></tr>");
        }

        h.AppendLine("</table>");
    }

    private static void Actions(StringBuilder h, WeeklyReport report)
    {
        h.AppendLine("<h2>Actions</h2>");
        h.AppendLine(Inv, $"<p><strong>{E(WeeklyReportMarkdown.Usd(report.RealisedMonthlySavings))} per month realised</strong> by {report.Actions.Count(a => a is { State: "Succeeded", DryRun: false })} succeeded action(s): {E(WeeklyReportMarkdown.RealisedSplit(report))}.</p>");
        if (report.Actions.Count == 0)
        {
            h.AppendLine("<p>No remediation action completed since the last report.</p>");
            return;
        }

        h.AppendLine("<table><tr><th>action</th><th>kind</th><th>account</th><th>region</th><th>resource</th><th>state</th><th>completed (UTC)</th><th>$/month</th><th>dry run</th><th>verification</th><th>reason</th></tr>");
        foreach (var a in report.Actions)
        {
            h.AppendLine(Inv, $"<tr><td>{E(a.Id)}</td><td>{E(a.Kind)}</td><td>{E(a.Account)}</td><td>{E(a.Region)}</td><td>{E(a.Resource)}</td><td>{E(a.State)}</td>"
                + $"<td>{E(a.CompletedAt.ToString("yyyy-MM-dd HH:mm", Inv))}</td><td class=\"n\">{E(WeeklyReportMarkdown.Usd(a.MonthlySavings))}</td><td>{(a.DryRun ? "yes" : "no")}</td><td>{E(a.VerificationText)}</td><td>{E(a.Reason ?? "")}</td></tr>");
        }

        h.AppendLine("</table>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
