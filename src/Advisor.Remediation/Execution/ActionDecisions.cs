using Advisor.Aws.Errors;
using Advisor.Remediation.Kinds;
using Advisor.Storage;
using Advisor.Storage.Journal;
using Microsoft.Extensions.Logging;

namespace Advisor.Remediation.Execution;

/// <summary>What a human does to a journal entry: approve it, or roll back a completed one.</summary>
public sealed class ActionDecisions(
    IAdvisorStore store,
    ActionKinds kinds,
    IRemediationClients clients,
    TimeProvider time,
    ILogger<ActionDecisions> logger)
{
    /// <summary>
    /// Approves an entry that needs approval: AwaitingApproval → Ready; one still in its grace period keeps waiting, approved.
    /// Null when the id is unknown; <see cref="ActionConflictException"/> when the entry is not waiting for approval.
    /// </summary>
    public async Task<JournalEntry?> ApproveAsync(string id, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var entry = await store.Journal.GetAsync(id, cancellationToken);
        if (entry is null)
        {
            return null;
        }

        if (!entry.ApprovalRequired || entry.ApprovedBy is not null || entry.State is not (JournalState.AwaitingApproval or JournalState.AwaitingGrace))
        {
            throw new ActionConflictException($"Action {id} is {entry.State}{(entry.ApprovedBy is null ? "" : ", approved by " + entry.ApprovedBy)}: nothing to approve.");
        }

        var now = time.GetUtcNow();
        var approved = entry with
        {
            State = entry.State == JournalState.AwaitingApproval ? JournalState.Ready : entry.State,
            ApprovedBy = actor, ApprovedAt = now, UpdatedAt = now,
        };
        return await store.Journal.TransitionAsync(approved, entry.State, cancellationToken)
            ? approved
            : throw new ActionConflictException($"Action {id} changed while it was being approved; read it again.");
    }

    /// <summary>
    /// Undoes a Succeeded entry from its rollback data (Succeeded → RollingBack → RolledBack, or Failed with the error).
    /// Null when the id is unknown; <see cref="ActionConflictException"/> when it is not Succeeded.
    /// </summary>
    public async Task<JournalEntry?> RollbackAsync(string id, string actor, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var entry = await store.Journal.GetAsync(id, cancellationToken);
        if (entry is null)
        {
            return null;
        }

        if (entry.State != JournalState.Succeeded || entry.RollbackJson is null || kinds.ById(entry.ActionKind) is not { } kind)
        {
            throw new ActionConflictException($"Action {id} is {entry.State}: only a succeeded action can be rolled back.");
        }

        var rolling = entry with { State = JournalState.RollingBack, Reason = "rollback requested by " + actor, UpdatedAt = time.GetUtcNow() };
        if (!await store.Journal.TransitionAsync(rolling, JournalState.Succeeded, cancellationToken))
        {
            throw new ActionConflictException($"Action {id} changed while the rollback started; read it again.");
        }

        JournalEntry finished;
        try
        {
            await kind.RollbackAsync(entry.Resource, entry.RollbackJson, clients.ForRegion(entry.Resource.Region), cancellationToken);
            finished = rolling with { State = JournalState.RolledBack, Reason = "rolled back by " + actor, CompletedAt = time.GetUtcNow(), UpdatedAt = time.GetUtcNow() };
        }
        catch (AwsServiceException ex)
        {
            logger.LogWarning("Rollback of {ActionId} failed: {Error}", id, ex.Message);
            finished = rolling with { State = JournalState.Failed, Reason = "rollback failed: " + ex.Message, UpdatedAt = time.GetUtcNow() };
        }

        await store.Journal.TransitionAsync(finished, JournalState.RollingBack, cancellationToken);
        return finished;
    }
}

/// <summary>The entry is not in a state that allows the request (HTTP 409).</summary>
public sealed class ActionConflictException(string message) : Exception(message);
