using Advisor.Remediation.Verification;
using Advisor.Storage;
using Advisor.Storage.Journal;
using Advisor.Storage.Recommendations;

namespace Advisor.Host.Reports;

/// <summary>
/// Adds Cost Explorer verification to the report's actions: succeeded actions whose recommendation was verified or regressed in the
/// period join the list (they completed in an earlier period), each succeeded real action gets its verdict and observed figure
/// (read back from the outcome event's note, <see cref="RealisedSavingsNote"/>), and realised savings = Σ observed of verified
/// actions + Σ planned of actions not yet verified.
/// </summary>
public static class ReportVerification
{
    public static async Task<(IReadOnlyList<ReportAction> Actions, decimal Realised, decimal Verified)> ApplyAsync(
        IAdvisorStore store, IReadOnlyList<ReportAction> completed, IReadOnlyList<JournalEntry> entries,
        IReadOnlyList<RecommendationEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var verifiedNow = events.Where(e => e.Kind == RecommendationEventKind.Verified).Select(e => e.RecommendationId).ToHashSet(StringComparer.Ordinal);
        var listed = completed.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var earlier = entries
            .Where(e => e is { State: JournalState.Succeeded, DryRun: false } && verifiedNow.Contains(e.RecommendationId) && !listed.Contains(e.Id))
            .Select(e => new ReportAction(e.Id, e.ActionKind, e.Resource.Account, e.Resource.Region, e.Resource.Id, e.State.ToString(),
                e.CompletedAt ?? e.UpdatedAt, e.MonthlySavings, e.DryRun, e.Reason));
        var recommendationOf = entries.ToDictionary(e => e.Id, e => e.RecommendationId, StringComparer.Ordinal);

        var result = new List<ReportAction>();
        foreach (var action in completed.Concat(earlier))
        {
            result.Add(action is { State: nameof(JournalState.Succeeded), DryRun: false } && recommendationOf.TryGetValue(action.Id, out var id)
                ? await WithVerdictAsync(store, action, id, cancellationToken)
                : action);
        }

        var verified = result.Where(a => a.Verification == "verified").Sum(a => a.ObservedMonthlySavings ?? 0m);
        var planned = result.Where(a => a.Verification == NotYet).Sum(a => a.MonthlySavings);
        return (result, verified + planned, verified);
    }

    private const string NotYet = "not yet verified";

    private static async Task<ReportAction> WithVerdictAsync(IAdvisorStore store, ReportAction action, string recommendationId, CancellationToken ct)
    {
        var status = (await store.Recommendations.GetAsync(recommendationId, ct))?.Status;
        if (status is not (RecommendationStatus.Verified or RecommendationStatus.Regressed))
        {
            return action with { Verification = NotYet };
        }

        var note = (await store.Recommendations.HistoryAsync(recommendationId, ct)).LastOrDefault(e => e.Kind == RecommendationEventKind.Verified)?.Note;
        return action with
        {
            Verification = status == RecommendationStatus.Verified ? "verified" : "regressed",
            ObservedMonthlySavings = RealisedSavingsNote.Observed(note),
        };
    }
}
