using Advisor.Host.Observability;
using Advisor.Storage.Journal;

namespace Advisor.Host.Remediation;

/// <summary>Counts journal entries that reached a state in <c>advisor_remediation_actions_total{kind,state}</c>.</summary>
internal static class ActionCounter
{
    public static void Count(AdvisorMetrics metrics, IEnumerable<JournalEntry> entries)
    {
        foreach (var entry in entries)
        {
            metrics.Actions.WithLabels(entry.ActionKind, entry.State.ToString()).Inc();
        }
    }
}
