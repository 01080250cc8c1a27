using Advisor.Core.Snapshots;
using Advisor.Remediation.Policy;
using Advisor.Storage.Journal;
using Advisor.Storage.Recommendations;
using Microsoft.Extensions.Logging;

namespace Advisor.Remediation.Verification;

/// <summary>
/// Checks succeeded, real (not dry-run) actions against Cost Explorer once <see cref="RemediationOptions.VerifyAfter"/> has passed:
/// the average daily cost of the resource's usage types (<see cref="UsageTypeMatch"/>) over the whole days before the action's
/// CompletedAt against the whole days after it. Observed monthly drop = daily drop × 730 / 24. Verified when it is at least
/// <see cref="VerifiedShare"/> of the planned monthly savings, else Regressed. Attribution is approximate: a usage type is shared
/// by every resource of the same instance type, so other resources starting or stopping move the figure too.
/// </summary>
public sealed class RealisedSavingsVerifier(IRecommendationStore recommendations, RemediationOptions options, TimeProvider time, ILogger<RealisedSavingsVerifier> logger)
{
    /// <summary>Why: usage types are shared by resources of the same type, so only a clear majority of the plan counts as verified.</summary>
    public const decimal VerifiedShare = 0.5m;

    /// <summary>Why: AWS's monthly figure uses 730 hours; Cost Explorer's days have 24.</summary>
    public const decimal DaysPerMonth = 730m / 24m;

    /// <summary>Compares the cost before and after one action (pure: no store, no clock).</summary>
    public static VerificationOutcome Evaluate(JournalEntry entry, IReadOnlyList<string> usageTypeSuffixes, CostData costs, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(usageTypeSuffixes);
        ArgumentNullException.ThrowIfNull(costs);
        var completed = entry.CompletedAt ?? throw new ArgumentException($"Journal entry {entry.Id} has no CompletedAt.", nameof(entry));
        var actionDay = DateOnly.FromDateTime(completed.UtcDateTime);
        var days = Math.Max(1, (int)window.TotalDays);

        // Why: the action's own day is mixed (billed partly before, partly after), so it belongs to neither side.
        var before = Range(actionDay.AddDays(-days), actionDay, costs);
        var after = Range(actionDay.AddDays(1), actionDay.AddDays(1 + days), costs);
        if (before is null || after is null)
        {
            return new VerificationOutcome(entry, null, 0m, 0m, 0m);
        }

        var dailyBefore = Average(costs, usageTypeSuffixes, before.Value);
        var dailyAfter = Average(costs, usageTypeSuffixes, after.Value);
        var observed = decimal.Round((dailyBefore - dailyAfter) * DaysPerMonth, 2);
        var verdict = observed >= entry.MonthlySavings * VerifiedShare ? RealisedVerdict.Verified : RealisedVerdict.Regressed;
        return new VerificationOutcome(entry, verdict, dailyBefore, dailyAfter, observed);
    }

    /// <summary>
    /// Verifies every due entry of <paramref name="targets"/> (entry → usage-type suffixes of its resource) whose recommendation is
    /// still Applied, records Verified/Regressed with <see cref="RealisedSavingsNote"/>, and returns what was decided.
    /// </summary>
    public async Task<IReadOnlyList<VerificationOutcome>> VerifyAsync(
        IReadOnlyList<(JournalEntry Entry, IReadOnlyList<string> UsageTypes)> targets, CostData costs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(targets);
        var now = time.GetUtcNow();
        var decided = new List<VerificationOutcome>();
        foreach (var (entry, usageTypes) in targets.Where(t => Due(t.Entry, now)))
        {
            var stored = await recommendations.GetAsync(entry.RecommendationId, cancellationToken);
            if (stored?.Status != RecommendationStatus.Applied)
            {
                continue;
            }

            var outcome = Evaluate(entry, usageTypes, costs, options.VerifyAfter);
            if (outcome.Verdict is not { } verdict)
            {
                logger.LogInformation("Action {ActionId}: not enough Cost Explorer days around {CompletedAt} yet; stays Applied", entry.Id, entry.CompletedAt);
                continue;
            }

            var status = verdict == RealisedVerdict.Verified ? RecommendationStatus.Verified : RecommendationStatus.Regressed;
            await recommendations.SetOutcomeAsync(entry.RecommendationId, status, "remediation", now, RealisedSavingsNote.Format(outcome), cancellationToken);
            logger.LogInformation("Action {ActionId}: {Verdict}, observed {Observed} USD/month against {Planned} planned",
                entry.Id, verdict, outcome.ObservedMonthly, entry.MonthlySavings);
            decided.Add(outcome);
        }

        return decided;
    }

    /// <summary>Whether an entry is a succeeded, real action completed at least <see cref="RemediationOptions.VerifyAfter"/> ago.</summary>
    public bool IsDue(JournalEntry entry) => Due(entry, time.GetUtcNow());

    private bool Due(JournalEntry entry, DateTimeOffset now) =>
        entry is { State: JournalState.Succeeded, DryRun: false, CompletedAt: { } at } && now - at >= options.VerifyAfter;

    /// <summary>The days of [from, to) when the cost data covers them all, else null (no guess from partial data).</summary>
    private static (DateOnly From, DateOnly To)? Range(DateOnly from, DateOnly to, CostData costs) =>
        from >= costs.Start && to <= costs.End ? (from, to) : null;

    private static decimal Average(CostData costs, IReadOnlyList<string> suffixes, (DateOnly From, DateOnly To) range)
    {
        var total = costs.Daily
            .Where(d => d.Date >= range.From && d.Date < range.To && UsageTypeMatch.Any(d.UsageType, suffixes))
            .Sum(d => d.UnblendedCost);
        return total / (range.To.DayNumber - range.From.DayNumber);
    }
}
