using Advisor.Storage.Journal;

namespace Advisor.Host.Reports;

/// <summary>One remediation action the report lists: a journal entry that reached a final state in the report's period.</summary>
public sealed record ReportAction(
    string Id,
    string Kind,
    string Account,
    string Region,
    string Resource,
    string State,
    DateTimeOffset CompletedAt,
    decimal MonthlySavings,
    bool DryRun,
    string? Reason)
{
    /// <summary>For a succeeded real action: <c>verified</c>, <c>regressed</c> (from Cost Explorer) or <c>not yet verified</c>; null otherwise.</summary>
    public string? Verification { get; init; }

    /// <summary>The monthly drop Cost Explorer showed (verified or regressed actions); null before verification.</summary>
    public decimal? ObservedMonthlySavings { get; init; }

    /// <summary>How the report shows <see cref="Verification"/>: <c>verified (observed $X/month)</c>, <c>regressed (observed $X/month)</c>, ...</summary>
    public string VerificationText => Verification switch
    {
        null => "",
        "verified" or "regressed" when ObservedMonthlySavings is { } observed => Verification + " (observed " + WeeklyReportMarkdown.Usd(observed) + "/month)",
        _ => Verification,
    };

    /// <summary>Final states: the entry will not move again unless someone rolls a succeeded one back.</summary>
    public static readonly IReadOnlyList<JournalState> FinalStates =
        [JournalState.Succeeded, JournalState.Failed, JournalState.Skipped, JournalState.RolledBack, JournalState.Cancelled];

    /// <summary>
    /// The entries completed after <paramref name="since"/> and no later than <paramref name="until"/>, oldest first, and the
    /// monthly savings realised by those that succeeded for real (not dry runs; a rolled-back one no longer counts).
    /// </summary>
    public static (IReadOnlyList<ReportAction> Actions, decimal Realised) Completed(IEnumerable<JournalEntry> entries, DateTimeOffset since, DateTimeOffset until)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var actions = entries
            .Where(e => FinalStates.Contains(e.State))
            .Select(e => (Entry: e, At: e.CompletedAt ?? e.UpdatedAt))
            .Where(x => x.At > since && x.At <= until)
            .OrderBy(x => x.At).ThenBy(x => x.Entry.Id, StringComparer.Ordinal)
            .Select(x => new ReportAction(x.Entry.Id, x.Entry.ActionKind, x.Entry.Resource.Account, x.Entry.Resource.Region, x.Entry.Resource.Id,
                x.Entry.State.ToString(), x.At, x.Entry.MonthlySavings, x.Entry.DryRun, x.Entry.Reason))
            .ToList();
        var realised = actions.Where(a => a is { State: nameof(JournalState.Succeeded), DryRun: false }).Sum(a => a.MonthlySavings);
        return (actions, realised);
    }
}
