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
        // Why: one scope is the common case; then account/region go in the caption and the rows keep to 80 columns.
        var scopes = result.Recommendations.Select(r => $"{r.Finding.Resource.Account}/{r.Finding.Resource.Region}").Distinct().ToList();
        var table = new Table().Border(TableBorder.Rounded).Title("[bold]Recommendations[/]");
        // Why: short columns never wrap; resource and action may, so a narrow terminal still shows every column.
        table.AddColumn(new TableColumn("#").RightAligned().NoWrap());
        table.AddColumn(new TableColumn("P").NoWrap());
        table.AddColumn(new TableColumn("$/month").RightAligned().NoWrap());
        table.AddColumn(new TableColumn("Resource"));
        table.AddColumn(new TableColumn("Action"));
        table.AddColumn(new TableColumn("Conf.").NoWrap());
        table.AddColumn(new TableColumn("Risk").RightAligned().NoWrap());
        if (scopes.Count == 1)
        {
            table.Caption($"[grey]{Markup.Escape(scopes[0])}[/]");
        }

        foreach (var r in result.Recommendations.Take(top))
        {
            var f = r.Finding;
            var resource = scopes.Count == 1 ? f.Resource.Id : $"{f.Resource.Account}/{f.Resource.Region}/{f.Resource.Id}";
            table.AddRow(
                r.Rank.ToString(Inv),
                r.Priority.ToString(),
                (f.Savings?.Amount ?? 0m).ToString("#,0.00", Inv),
                Markup.Escape(resource),
                Markup.Escape(f.Action),
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
