using System.Globalization;
using Advisor.Remediation.Planning;
using Advisor.Storage.Journal;
using Spectre.Console;

namespace Advisor.Host.Remediation;

/// <summary>The <c>apply</c> command's tables: the plan (what, why, savings, when) and the journal outcome.</summary>
internal static class PlanView
{
    public static void RenderPlan(IAnsiConsole console, RemediationPlan plan)
    {
        if (plan.Items.Count == 0)
        {
            console.MarkupLine("[grey]No recommendation has an automatic action.[/]");
            return;
        }

        var table = new Table().Title("Remediation plan").AddColumns("Action", "Resource", "Why", "$/month", "When", "Reason");
        foreach (var item in plan.Items)
        {
            var finding = item.Recommendation.Finding;
            table.AddRow(
                Markup.Escape(item.Kind ?? finding.Action),
                Markup.Escape(finding.Resource.Id),
                Markup.Escape(Shorten(finding.Summary)),
                (finding.Savings?.Amount ?? 0m).ToString("N2", CultureInfo.InvariantCulture),
                When(item.Timing),
                Markup.Escape(item.Reason));
        }

        console.Write(table);
        var planned = plan.Items.Where(i => i.Timing is not (PlanTiming.Skipped or PlanTiming.AlreadyPlanned)).ToList();
        var total = planned.Sum(i => i.Recommendation.Finding.Savings?.Amount ?? 0m);
        var verb = planned.All(i => i.Timing == PlanTiming.DryRun) ? "would be taken (dry run)" : "planned";
        console.MarkupLine(CultureInfo.InvariantCulture, $"[bold]{planned.Count}[/] action(s) {verb}, [green]${total:N2}/month[/].");
    }

    public static void RenderOutcome(IAnsiConsole console, string title, IReadOnlyList<JournalEntry> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        var table = new Table().Title(Markup.Escape(title)).AddColumns("Id", "Action", "Resource", "State", "Reason");
        foreach (var e in entries)
        {
            var colour = e.State switch { JournalState.Succeeded => "green", JournalState.Failed => "red", _ => "yellow" };
            table.AddRow(Markup.Escape(e.Id), Markup.Escape(e.ActionKind), Markup.Escape(e.Resource.Id), $"[{colour}]{e.State}[/]", Markup.Escape(e.Reason ?? ""));
        }

        console.Write(table);
    }

    private static string When(PlanTiming timing) => timing switch
    {
        PlanTiming.Now => "[green]now[/]",
        PlanTiming.AfterGrace => "[yellow]after grace[/]",
        PlanTiming.AwaitingApproval => "[yellow]awaiting approval[/]",
        PlanTiming.DryRun => "[grey]dry run[/]",
        PlanTiming.AlreadyPlanned => "[grey]already planned[/]",
        _ => "[red]skipped[/]",
    };

    /// <summary>Why 60: the table must fit a 160-column terminal with the reason column.</summary>
    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
