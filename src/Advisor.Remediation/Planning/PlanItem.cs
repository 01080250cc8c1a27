using Advisor.Core.Domain;
using Advisor.Storage.Journal;

namespace Advisor.Remediation.Planning;

/// <summary>When a planned action runs (the plan table's "when" column).</summary>
public enum PlanTiming
{
    Now,
    AfterGrace,
    AwaitingApproval,
    DryRun,
    AlreadyPlanned,
    Skipped,
}

/// <summary>One recommendation's fate in a plan: what, why, when, and its journal entry when one was written.</summary>
public sealed record PlanItem(Recommendation Recommendation, string? Kind, PlanTiming Timing, string Reason, JournalEntry? Entry);

/// <summary>A whole plan, in recommendation rank order.</summary>
public sealed record RemediationPlan(IReadOnlyList<PlanItem> Items)
{
    public IEnumerable<PlanItem> Actionable => Items.Where(i => i.Timing is PlanTiming.Now or PlanTiming.AfterGrace or PlanTiming.AwaitingApproval);
}
