using Advisor.Aws.Errors;
using Advisor.Remediation.Kinds;
using Advisor.Storage;
using Advisor.Storage.Journal;
using Microsoft.Extensions.Logging;

namespace Advisor.Remediation.Execution;

/// <summary>
/// Run once at start, before any executor: every entry left InProgress by a crash is checked against AWS. Already applied →
/// Succeeded (no second call). Not applied → back to Ready for one retry (the executor re-checks preconditions first);
/// an entry that was already retried once → Failed, for a human to look at. Nothing runs twice and nothing is forgotten.
/// </summary>
public sealed class RemediationReconciler(
    IAdvisorStore store,
    ActionKinds kinds,
    IRemediationClients clients,
    RemediationExecutor executor,
    TimeProvider time,
    ILogger<RemediationReconciler> logger)
{
    /// <summary>The Reason an entry carries while it waits for its one retry.</summary>
    public const string RetryReason = "reconciled after a restart: not applied yet, retrying once";

    /// <summary>Reconciles every InProgress entry; returns them in their new state.</summary>
    public async Task<IReadOnlyList<JournalEntry>> ReconcileAsync(CancellationToken cancellationToken)
    {
        var result = new List<JournalEntry>();
        foreach (var entry in await store.Journal.ListAsync([JournalState.InProgress, JournalState.RollingBack], int.MaxValue, cancellationToken))
        {
            result.Add(await ReconcileAsync(entry, cancellationToken));
        }

        return result;
    }

    private async Task<JournalEntry> ReconcileAsync(JournalEntry entry, CancellationToken cancellationToken)
    {
        if (kinds.ById(entry.ActionKind) is not { } kind)
        {
            return await executor.FinishAsync(entry, JournalState.Failed, "unknown action kind " + entry.ActionKind + " found after a restart", cancellationToken);
        }

        if (entry.State == JournalState.RollingBack)
        {
            // Why: whether a rollback landed cannot be told apart from the action never having run; a human decides.
            return await executor.FinishAsync(entry, JournalState.Failed, "a rollback was interrupted by a restart; check the resource", cancellationToken);
        }

        try
        {
            if (await kind.VerifyAsync(entry.Resource, entry.RollbackJson, clients.ForRegion(entry.Resource.Region), cancellationToken))
            {
                logger.LogInformation("Action {ActionId} ({Kind} on {Resource}) had taken effect before the restart", entry.Id, kind.Id, entry.Resource.Id);
                return await executor.SucceedAsync(entry, kind.Verb + " done (confirmed after a restart)", cancellationToken);
            }
        }
        catch (AwsServiceException ex)
        {
            logger.LogWarning("Could not reconcile action {ActionId}: {Error}; it stays InProgress", entry.Id, ex.Message);
            return entry;
        }

        if (entry.Reason == RetryReason)
        {
            return await executor.FinishAsync(entry, JournalState.Failed, "still not applied after one retry following a restart", cancellationToken);
        }

        // Why: RollbackJson is kept: for kinds with plan data (right-size-variant) it holds the target the retry needs; for the others
        // it describes the same resource state, since the retry re-checks that the state is unchanged.
        var retry = entry with { State = JournalState.Ready, StartedAt = null, Reason = RetryReason, UpdatedAt = time.GetUtcNow() };
        return await store.Journal.TransitionAsync(retry, JournalState.InProgress, cancellationToken) ? retry : entry;
    }
}
