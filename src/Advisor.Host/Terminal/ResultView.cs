using System.Globalization;
using Advisor.Core.Snapshots;
using Advisor.Host.Cycle;
using Spectre.Console;

namespace Advisor.Host.Terminal;

/// <summary>Renders a cycle's ranked recommendations and source health as terminal tables.</summary>
public static class ResultView
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Prints the top <paramref name="top"/> recommendations, the headline total and any source that was not healthy.</summary>
    public static void Render(IAnsiConsole console, CycleResult result, int top)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Recommendations[/]");
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn("Priority");
        table.AddColumn("Analyzer");
        table.AddColumn("Resource");
        table.AddColumn("Action");
        table.AddColumn(new TableColumn("$/month").RightAligned());
        table.AddColumn("Confidence");
        table.AddColumn(new TableColumn("Risk").RightAligned());
        foreach (var r in result.Recommendations.Take(top))
        {
            var f = r.Finding;
            table.AddRow(
                r.Rank.ToString(Inv),
                r.Priority.ToString(),
                Markup.Escape(f.AnalyzerId),
                Markup.Escape($"{f.Resource.Account}/{f.Resource.Region}/{f.Resource.Id}"),
                Markup.Escape(f.Action),
                (f.Savings?.Amount ?? 0m).ToString("#,0.00", Inv),
                f.Confidence.ToString(),
                f.Risk.ToString(Inv));
        }

        console.Write(table);
        if (result.Recommendations.Count > top)
        {
            console.MarkupLine(Inv, $"[grey]… and {result.Recommendations.Count - top} more in the report.[/]");
        }

        console.MarkupLine(Inv, $"[bold green]{result.Recommendations.Count} recommendations, " +
                                $"${result.TotalMonthlySavings.ToString("#,0.00", Inv)} per month[/] (hourly × 730; each resource counted once).");
        RenderProblems(console, result);
    }

    private static void RenderProblems(IAnsiConsole console, CycleResult result)
    {
        var unhealthy = result.Snapshots
            .SelectMany(s => s.Sources.Select(src => (s.Scope, Source: src)))
            .Where(x => x.Source.Health is not (SourceHealth.Healthy or SourceHealth.NotChecked))
            .ToList();
        foreach (var (scope, source) in unhealthy)
        {
            console.MarkupLine(Inv, $"[yellow]Source {Markup.Escape(source.Source)} in {Markup.Escape(scope.ToString())} is " +
                                    $"{source.Health}: {Markup.Escape(source.Detail ?? "")}[/]");
        }

        foreach (var failure in result.AnalyzerFailures)
        {
            console.MarkupLine(Inv, $"[red]Analyzer {Markup.Escape(failure.AnalyzerId)} failed on {Markup.Escape(failure.Scope)}: " +
                                    $"{Markup.Escape(failure.Error)}[/]");
        }
    }
}
