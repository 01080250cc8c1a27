using Advisor.Storage.Journal;

namespace Advisor.Remediation.Verification;

/// <summary>What Cost Explorer showed for one succeeded action: its daily cost before and after, and the verdict.</summary>
/// <param name="Entry">The journal entry checked.</param>
/// <param name="Verdict">Verified or Regressed; null when there were not enough days on either side (the recommendation stays Applied).</param>
/// <param name="DailyBefore">Average daily cost of the resource's usage types over the whole days before the action.</param>
/// <param name="DailyAfter">Average daily cost over the whole days after it.</param>
/// <param name="ObservedMonthly">(before − after) × 730 / 24: the observed monthly drop.</param>
public sealed record VerificationOutcome(
    JournalEntry Entry,
    RealisedVerdict? Verdict,
    decimal DailyBefore,
    decimal DailyAfter,
    decimal ObservedMonthly);

/// <summary>The outcome of comparing the bill before and after an action.</summary>
public enum RealisedVerdict
{
    /// <summary>The observed drop is at least half the planned savings.</summary>
    Verified,

    /// <summary>The observed drop is less than half the planned savings.</summary>
    Regressed,
}
