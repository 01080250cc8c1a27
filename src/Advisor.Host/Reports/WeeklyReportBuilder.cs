using Advisor.Storage;
using Advisor.Storage.Recommendations;
using Microsoft.Extensions.Options;

namespace Advisor.Host.Reports;

/// <summary>
/// Builds a <see cref="WeeklyReport"/> from the store: the period runs from the previous report's end (or a week back for the first)
/// to now; new = created or reopened in the period, resolved = resolved in the period (from the recommendations' events); actions =
/// remediation journal entries completed in the period.
/// </summary>
public sealed class WeeklyReportBuilder(IAdvisorStore store, IOptions<ReportsOptions> options, TimeProvider clock)
{
    private const string NoTeam = "(no team)";

    /// <summary>Why 500: a page big enough to read a large estate in a few queries, small enough to keep memory flat.</summary>
    private const int PageSize = 500;

    /// <summary>
    /// Why 5000: the journal lists newest-planned first; at the policy's caps (a few actions per kind per run, four runs a day) a
    /// week holds far fewer, so the period's completions are all inside this page.
    /// </summary>
    private const int JournalPage = 5000;

    public async Task<WeeklyReport> BuildAsync(string? runId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var previous = await store.Reports.GetLatestAsync(cancellationToken);
        // Why a week: the report is weekly; the first one covers the week before it.
        var since = previous?.PeriodEnd ?? now.AddDays(-7);
        var events = await store.Recommendations.EventsBetweenAsync(since, now, cancellationToken);

        var open = await ReadAsync([RecommendationStatus.Open, RecommendationStatus.Accepted], cancellationToken);
        var created = await ItemsAsync(events, k => k is RecommendationEventKind.Created or RecommendationEventKind.Reopened, cancellationToken);
        var resolved = await ItemsAsync(events, k => k is RecommendationEventKind.Resolved, cancellationToken);
        var top = open.Where(r => r.Status == RecommendationStatus.Open)
            .OrderByDescending(r => r.MonthlySavings).ThenBy(r => r.Id, StringComparer.Ordinal)
            .Take(options.Value.TopRecommendations).Select(r => Item(r, withEvidence: true)).ToList();

        var journal = await store.Journal.ListAsync(ReportAction.FinalStates, JournalPage, cancellationToken);
        var (completed, _) = ReportAction.Completed(journal, since, now);
        var (actions, realised, verified) = await ReportVerification.ApplyAsync(store, completed, journal, events, cancellationToken);

        return new WeeklyReport(now, since, now, runId, open.Count, open.Sum(r => r.MonthlySavings),
            Totals(open, r => r.AnalyzerId), Totals(open, r => r.Resource.Account), Totals(open, r => r.Team ?? NoTeam),
            created, resolved, top)
        {
            Actions = actions,
            RealisedMonthlySavings = realised,
            VerifiedMonthlySavings = verified,
        };
    }

    private static List<ReportTotal> Totals(IEnumerable<StoredRecommendation> open, Func<StoredRecommendation, string> key) =>
        [.. open.GroupBy(key, StringComparer.Ordinal)
            .Select(g => new ReportTotal(g.Key, g.Count(), g.Sum(r => r.MonthlySavings)))
            .OrderByDescending(t => t.MonthlySavings).ThenBy(t => t.Key, StringComparer.Ordinal)];

    private async Task<List<ReportItem>> ItemsAsync(IReadOnlyList<RecommendationEvent> events, Func<RecommendationEventKind, bool> kind, CancellationToken ct)
    {
        var items = new List<ReportItem>();
        foreach (var id in events.Where(e => kind(e.Kind)).Select(e => e.RecommendationId).Distinct(StringComparer.Ordinal))
        {
            if (await store.Recommendations.GetAsync(id, ct) is { } r)
            {
                items.Add(Item(r, withEvidence: false));
            }
        }

        return [.. items.OrderByDescending(i => i.MonthlySavings).ThenBy(i => i.Id, StringComparer.Ordinal)];
    }

    private async Task<List<StoredRecommendation>> ReadAsync(IReadOnlyList<RecommendationStatus> statuses, CancellationToken ct)
    {
        var all = new List<StoredRecommendation>();
        while (true)
        {
            var page = await store.Recommendations.QueryAsync(new RecommendationQuery { Statuses = statuses, Offset = all.Count, Limit = PageSize }, ct);
            all.AddRange(page.Items);
            if (page.Items.Count < PageSize || all.Count >= page.Total)
            {
                return all;
            }
        }
    }

    private static ReportItem Item(StoredRecommendation r, bool withEvidence) => new(
        r.Id, r.AnalyzerId, r.Resource.Account, r.Resource.Region, r.Resource.Id, r.Team, r.Status.ToString(), r.Priority.ToString(),
        r.MonthlySavings, r.Summary, withEvidence ? ReportEvidence.Lines(r.DocumentJson) : []);
}
