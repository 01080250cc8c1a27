using System.Globalization;
using System.Text;
using Advisor.Core.Snapshots;
using Advisor.Host.Cycle;

namespace Advisor.Host.Publishing;

/// <summary>
/// Writes <c>report.md</c> for FinOps: headline, what could not be read, the ranked list, and for each recommendation
/// the formula with its inputs so the figure can be redone by hand.
/// </summary>
public static class MarkdownReport
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Render(CycleResult result)
    {
        var md = new StringBuilder();
        md.AppendLine("# ML Cost Advisor report");
        md.AppendLine();
        md.AppendLine(Inv, $"Generated {result.GeneratedAt:yyyy-MM-dd HH:mm} UTC. Monthly figures are hourly × 730 h, in USD.");
        md.AppendLine();
        md.AppendLine(Inv, $"**{result.Recommendations.Count} recommendations, {Usd(result.TotalMonthlySavings)} per month** (each resource counted once: alternatives are not added).");
        md.AppendLine();
        AppendSources(md, result);
        AppendTable(md, result);
        AppendDetails(md, result);
        return md.ToString();
    }

    private static void AppendSources(StringBuilder md, CycleResult result)
    {
        md.AppendLine("## What was read");
        md.AppendLine();
        md.AppendLine("| account | region | window | source | status | detail |");
        md.AppendLine("|---|---|---|---|---|---|");
        foreach (var s in result.Snapshots)
        {
            foreach (var source in s.Sources)
            {
                md.AppendLine(Inv, $"| {s.Scope.Account} | {s.Scope.Region} | {s.Window.Start:yyyy-MM-dd HH:mm} → {s.Window.End:yyyy-MM-dd HH:mm} | {source.Source} | {Flag(source.Health)} | {Cell(source.Detail)} |");
            }
        }

        foreach (var failure in result.AnalyzerFailures)
        {
            md.AppendLine(Inv, $"| | {failure.Scope} | | analyzer {failure.AnalyzerId} | failed | {Cell(failure.Error)} |");
        }

        md.AppendLine();
    }

    private static void AppendTable(StringBuilder md, CycleResult result)
    {
        md.AppendLine("## Recommendations");
        md.AppendLine();
        if (result.Recommendations.Count == 0)
        {
            md.AppendLine("Nothing to recommend in this cycle.");
            md.AppendLine();
            return;
        }

        md.AppendLine("| # | priority | analyzer | account | region | resource | action | $/month | confidence | risk |");
        md.AppendLine("|---:|---|---|---|---|---|---|---:|---|---:|");
        foreach (var r in result.Recommendations)
        {
            var f = r.Finding;
            md.AppendLine(Inv, $"| {r.Rank} | {r.Priority} | {f.AnalyzerId} | {f.Resource.Account} | {f.Resource.Region} | {Cell(f.Resource.Id)} | {f.Action} | {Usd(f.Savings?.Amount ?? 0m)} | {f.Confidence} | {f.Risk} |");
        }

        md.AppendLine();
    }

    private static void AppendDetails(StringBuilder md, CycleResult result)
    {
        foreach (var r in result.Recommendations)
        {
            var f = r.Finding;
            var e = f.Evidence;
            md.AppendLine(Inv, $"### {r.Rank}. {f.Resource.Id} ({f.AnalyzerId})");
            md.AppendLine();
            md.AppendLine(f.Summary);
            md.AppendLine();
            if (e.Window is { } w)
            {
                md.AppendLine(Inv, $"- Window: {w.Start:yyyy-MM-dd HH:mm} → {w.End:yyyy-MM-dd HH:mm} UTC, period {w.Period.TotalMinutes:0} min, statistic {w.Statistic}, coverage {w.Coverage:P0} ({w.Datapoints} of {w.ExpectedDatapoints} datapoints)");
            }

            foreach (var (name, value) in e.Observations)
            {
                md.AppendLine(Inv, $"- {name}: {Cell(Convert.ToString(value, Inv))}");
            }

            foreach (var p in e.Prices)
            {
                md.AppendLine(Inv, $"- Price: {p.InstanceType} {p.Component} {p.Region} = {p.HourlyUsd.ToString(Inv)} USD/h (as of {p.AsOf}; {Cell(p.Source)})");
            }

            if (e.Formula is not null)
            {
                md.AppendLine();
                md.AppendLine(Inv, $"Savings = {e.Formula}:");
                md.AppendLine();
                foreach (var line in e.Lines)
                {
                    md.AppendLine(Inv, $"    {line.Label}: {line.HourlyUsd.ToString(Inv)} × {line.Quantity.ToString(Inv)} × 730 = {Usd(line.MonthlyUsd)}");
                }

                md.AppendLine(Inv, $"    total = {Usd(f.Savings?.Amount ?? 0m)} per month ({f.Savings?.Basis})");
            }

            md.AppendLine();
        }
    }

    private static string Flag(SourceHealth health) => health == SourceHealth.Healthy ? "healthy" : $"**{health}**";

    private static string Usd(decimal amount) => "$" + amount.ToString("#,0.00", Inv);

    private static string Cell(string? text) => (text ?? "").Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}
