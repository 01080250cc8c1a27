using System.Globalization;
using System.Text;

namespace Advisor.Host.Reports;

/// <summary>The weekly report as Markdown: headline, totals, new and resolved since the last report, then the top open ones with evidence.</summary>
public static class WeeklyReportMarkdown
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Render(WeeklyReport report)
    {
        var md = new StringBuilder();
        md.AppendLine("# ML Cost Advisor weekly report");
        md.AppendLine();
        md.AppendLine(Inv, $"Period {report.PeriodStart:yyyy-MM-dd HH:mm} → {report.PeriodEnd:yyyy-MM-dd HH:mm} UTC. Monthly figures are hourly × 730 h, in USD.");
        md.AppendLine();
        md.AppendLine(Inv, $"**{report.OpenCount} open or accepted recommendations, {Usd(report.IdentifiedMonthlySavings)} per month.** {report.New.Count} new, {report.Resolved.Count} resolved since the last report.");
        md.AppendLine();
        Totals(md, "By analyzer", "analyzer", report.ByAnalyzer);
        Totals(md, "By account", "account", report.ByAccount);
        Totals(md, "By team", "team", report.ByTeam);
        Items(md, "New since the last report", report.New);
        Items(md, "Resolved since the last report", report.Resolved);
        Actions(md, report);
        md.AppendLine("## Top open recommendations");
        md.AppendLine();
        if (report.Top.Count == 0)
        {
            md.AppendLine("Nothing open.");
            md.AppendLine();
        }

        var rank = 0;
        foreach (var item in report.Top)
        {
            md.AppendLine(Inv, $"### {++rank}. {Cell(item.Resource)} ({item.Analyzer}) — {Usd(item.MonthlySavings)}/month");
            md.AppendLine();
            md.AppendLine(Inv, $"{Cell(item.Summary)} ({item.Priority}; account {item.Account}, {item.Region}; team {Cell(item.Team ?? "none")})");
            md.AppendLine();
            foreach (var line in item.Evidence)
            {
                md.AppendLine(Inv, $"- {Cell(line)}");
            }

            md.AppendLine();
        }

        return md.ToString();
    }

    private static void Totals(StringBuilder md, string title, string column, IReadOnlyList<ReportTotal> totals)
    {
        md.AppendLine(Inv, $"## {title}");
        md.AppendLine();
        md.AppendLine(Inv, $"| {column} | recommendations | $/month |");
        md.AppendLine("|---|---:|---:|");
        foreach (var t in totals)
        {
            md.AppendLine(Inv, $"| {Cell(t.Key)} | {t.Count} | {Usd(t.MonthlySavings)} |");
        }

        md.AppendLine();
    }

    private static void Items(StringBuilder md, string title, IReadOnlyList<ReportItem> items)
    {
        md.AppendLine(Inv, $"## {title}");
        md.AppendLine();
        if (items.Count == 0)
        {
            md.AppendLine("None.");
            md.AppendLine();
            return;
        }

        md.AppendLine("| analyzer | account | region | resource | status | $/month |");
        md.AppendLine("|---|---|---|---|---|---:|");
        foreach (var i in items)
        {
            md.AppendLine(Inv, $"| {i.Analyzer} | {i.Account} | {i.Region} | {Cell(i.Resource)} | {i.Status} | {Usd(i.MonthlySavings)} |");
        }

        md.AppendLine();
    }

    private static void Actions(StringBuilder md, WeeklyReport report)
    {
        md.AppendLine("## Actions");
        md.AppendLine();
        md.AppendLine(Inv, $"**{Usd(report.RealisedMonthlySavings)} per month realised** by {report.Actions.Count(a => a is { State: "Succeeded", DryRun: false })} succeeded action(s): {RealisedSplit(report)}.");
        md.AppendLine();
        if (report.Actions.Count == 0)
        {
            md.AppendLine("No remediation action completed since the last report.");
            md.AppendLine();
            return;
        }

        md.AppendLine("| action | kind | account | region | resource | state | completed (UTC) | $/month | dry run | verification | reason |");
        md.AppendLine("|---|---|---|---|---|---|---|---:|---|---|---|");
        foreach (var a in report.Actions)
        {
            md.AppendLine(Inv, $"| {a.Id} | {a.Kind} | {a.Account} | {a.Region} | {Cell(a.Resource)} | {a.State} | {a.CompletedAt:yyyy-MM-dd HH:mm} | {Usd(a.MonthlySavings)} | {(a.DryRun ? "yes" : "no")} | {Cell(a.VerificationText)} | {Cell(a.Reason ?? "")} |");
        }

        md.AppendLine();
    }

    /// <summary>How the realised figure splits: observed on Cost Explorer for verified actions, planned for the others.</summary>
    internal static string RealisedSplit(WeeklyReport report) =>
        $"{Usd(report.VerifiedMonthlySavings)} observed on Cost Explorer (verified) + {Usd(report.RealisedMonthlySavings - report.VerifiedMonthlySavings)} planned (not yet verified)";

    internal static string Usd(decimal amount) => "$" + amount.ToString("#,0.00", Inv);

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
