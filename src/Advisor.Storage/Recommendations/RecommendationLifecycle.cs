using System.Globalization;

namespace Advisor.Storage.Recommendations;

/// <summary>The status a recommendation moves to, with the fields that go with it.</summary>
internal sealed record StatusChange(RecommendationStatus To, DateTimeOffset? SnoozedUntil, decimal? DismissedSavings, string? Note);

/// <summary>The lifecycle rules for human decisions and remediation outcomes (ANALYZERS.md), independent of the database.</summary>
internal static class RecommendationLifecycle
{
    private static readonly RecommendationStatus[] AcceptFrom = [RecommendationStatus.Open, RecommendationStatus.Snoozed, RecommendationStatus.Dismissed];
    private static readonly RecommendationStatus[] DismissFrom = [RecommendationStatus.Open, RecommendationStatus.Accepted, RecommendationStatus.Snoozed];
    private static readonly RecommendationStatus[] SnoozeFrom = [RecommendationStatus.Open, RecommendationStatus.Accepted, RecommendationStatus.Dismissed, RecommendationStatus.Snoozed];
    private static readonly RecommendationStatus[] ReopenFrom = [RecommendationStatus.Accepted, RecommendationStatus.Dismissed, RecommendationStatus.Snoozed, RecommendationStatus.Resolved];

    /// <summary>The statuses a run may resolve by absence; applied/verified/regressed belong to remediation.</summary>
    public static readonly IReadOnlySet<RecommendationStatus> ResolvableByAbsence = new HashSet<RecommendationStatus>
    {
        RecommendationStatus.Open, RecommendationStatus.Accepted, RecommendationStatus.Snoozed, RecommendationStatus.Dismissed,
    };

    public static StatusChange Decide(StoredRecommendation current, Decision decision)
    {
        if (string.IsNullOrWhiteSpace(decision.Actor))
        {
            throw new DecisionRejectedException("a decision needs an actor (who decided)");
        }

        return decision.Kind switch
        {
            DecisionKind.Accept => Require(current, "accept", AcceptFrom, RecommendationStatus.Accepted, new StatusChange(RecommendationStatus.Accepted, null, null, decision.Note)),
            DecisionKind.Dismiss => Dismiss(current, decision),
            DecisionKind.Snooze => Snooze(current, decision),
            DecisionKind.Reopen => Require(current, "reopen", ReopenFrom, RecommendationStatus.Open, new StatusChange(RecommendationStatus.Open, null, null, decision.Note)),
            _ => throw new DecisionRejectedException("unknown decision " + decision.Kind),
        };
    }

    public static StatusChange Outcome(StoredRecommendation current, RecommendationStatus status, string? note)
    {
        RecommendationStatus[] from = status switch
        {
            RecommendationStatus.Applied => [RecommendationStatus.Open, RecommendationStatus.Accepted],
            RecommendationStatus.Verified or RecommendationStatus.Regressed => [RecommendationStatus.Applied, RecommendationStatus.Verified, RecommendationStatus.Regressed],
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, "an outcome is Applied, Verified or Regressed"),
        };
        var verb = status == RecommendationStatus.Applied ? "mark applied" : "mark " + Word(status);
        return Require(current, verb, from, status, new StatusChange(status, null, null, note));
    }

    public static string Word(RecommendationStatus status) => status.ToString().ToLower(CultureInfo.InvariantCulture);

    private static StatusChange Dismiss(StoredRecommendation current, Decision decision)
    {
        if (string.IsNullOrWhiteSpace(decision.Reason))
        {
            throw new DecisionRejectedException("cannot dismiss: a reason is required");
        }

        var note = string.IsNullOrWhiteSpace(decision.Note) ? decision.Reason : decision.Reason + " (" + decision.Note + ")";
        return Require(current, "dismiss", DismissFrom, RecommendationStatus.Dismissed,
            new StatusChange(RecommendationStatus.Dismissed, null, current.MonthlySavings, note));
    }

    private static StatusChange Snooze(StoredRecommendation current, Decision decision)
    {
        if (decision.Until is not { } until)
        {
            throw new DecisionRejectedException("cannot snooze: an end date (until) is required");
        }

        if (until <= decision.At)
        {
            throw new DecisionRejectedException("cannot snooze: the end date must be in the future");
        }

        return Require(current, "snooze", SnoozeFrom, RecommendationStatus.Snoozed,
            new StatusChange(RecommendationStatus.Snoozed, until, null, decision.Note));
    }

    private static StatusChange Require(StoredRecommendation current, string verb, RecommendationStatus[] from, RecommendationStatus target, StatusChange change)
    {
        if (from.Contains(current.Status))
        {
            return change;
        }

        var state = current.Status == target ? "already " + Word(target) : Word(current.Status);
        var why = current.Status switch
        {
            RecommendationStatus.Applied or RecommendationStatus.Verified or RecommendationStatus.Regressed => " (remediation owns it now)",
            RecommendationStatus.Resolved => " (its condition has gone; reopen it first)",
            _ => "",
        };
        throw new DecisionRejectedException("cannot " + verb + ": recommendation is " + state + why);
    }
}
