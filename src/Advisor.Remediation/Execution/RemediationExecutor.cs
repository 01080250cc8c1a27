using Advisor.Aws.Errors;
using Advisor.Remediation.Kinds;
using Advisor.Remediation.Planning;
using Advisor.Remediation.Policy;
using Advisor.Storage;
using Advisor.Storage.Journal;
using Microsoft.Extensions.Logging;

namespace Advisor.Remediation.Execution;

/// <summary>
/// Runs journal entries, journal first: Ready → InProgress by compare-and-set (so one worker acts), a fresh precondition
/// re-check (changed → Skipped with the reason), rollback data written, the AWS call, verification, then Succeeded (and the
/// recommendation marked Applied) or Failed (undone when the change half-landed). Also promotes entries whose grace period
/// ended or that were approved.
/// </summary>
public sealed class RemediationExecutor(
    IAdvisorStore store,
    ActionKinds kinds,
    IRemediationClients clients,
    RemediationOptions options,
    TimeProvider time,
    ILogger<RemediationExecutor> logger)
{
    /// <summary>Promotes waiting entries, then executes every Ready one; returns the entries it finished, in order.</summary>
    public async Task<IReadOnlyList<JournalEntry>> RunAsync(CancellationToken cancellationToken)
    {
        await PromoteAsync(cancellationToken);
        var done = new List<JournalEntry>();
        foreach (var entry in (await store.Journal.ListAsync([JournalState.Ready], int.MaxValue, cancellationToken)).Reverse())
        {
            if (await ExecuteAsync(entry, cancellationToken) is { } finished)
            {
                done.Add(finished);
            }
        }

        return done;
    }

    /// <summary>AwaitingGrace past NotBefore → Ready (or AwaitingApproval); AwaitingApproval with ApprovedBy → Ready.</summary>
    public async Task PromoteAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var waiting = await store.Journal.ListAsync([JournalState.AwaitingGrace, JournalState.AwaitingApproval], int.MaxValue, cancellationToken);
        foreach (var entry in waiting)
        {
            var next = entry.State switch
            {
                JournalState.AwaitingGrace when entry.NotBefore <= now =>
                    entry.ApprovalRequired && entry.ApprovedBy is null ? JournalState.AwaitingApproval : JournalState.Ready,
                JournalState.AwaitingApproval when entry.ApprovedBy is not null => JournalState.Ready,
                _ => entry.State,
            };
            if (next != entry.State)
            {
                await store.Journal.TransitionAsync(entry with { State = next, UpdatedAt = now }, entry.State, cancellationToken);
            }
        }
    }

    /// <summary>Executes one Ready entry; null when another worker took it first.</summary>
    public async Task<JournalEntry?> ExecuteAsync(JournalEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var kind = kinds.ById(entry.ActionKind);
        var started = entry with { State = JournalState.InProgress, StartedAt = time.GetUtcNow(), UpdatedAt = time.GetUtcNow() };
        if (!await store.Journal.TransitionAsync(started, JournalState.Ready, cancellationToken))
        {
            return null;
        }

        if (kind is null || entry.DryRun)
        {
            return await FinishAsync(started, JournalState.Skipped, kind is null ? "unknown action kind " + entry.ActionKind : "dry run", cancellationToken);
        }

        var region = clients.ForRegion(entry.Resource.Region);
        var policy = options.For(kind.Id);
        try
        {
            var state = await kind.InspectAsync(entry.Resource, region, cancellationToken);
            var reason = !state.Exists ? "the resource no longer exists"
                : PolicyGate.TagReason(policy, state)
                ?? (IdempotencyKeys.SameState(entry.IdempotencyKey, state.Fingerprint) ? null : $"the resource changed since the plan (now {state.Status})")
                ?? await kind.CheckAsync(entry.Resource, state, policy, region, time.GetUtcNow(), cancellationToken);
            if (reason is not null)
            {
                logger.LogInformation("Skipping {Kind} on {Resource}: {Reason}", kind.Id, entry.Resource.Id, reason);
                return await FinishAsync(started, JournalState.Skipped, "skipped at execution: " + reason, cancellationToken);
            }

            var armed = started with { RollbackJson = entry.RollbackJson ?? kind.RollbackJson(entry.Resource, state), UpdatedAt = time.GetUtcNow() };
            if (!await store.Journal.TransitionAsync(armed, JournalState.InProgress, cancellationToken))
            {
                return null;
            }

            return await ActAsync(armed, kind, region, cancellationToken);
        }
        catch (AwsServiceException ex)
        {
            logger.LogWarning("Checking {Kind} on {Resource} failed: {Error}", kind.Id, entry.Resource.Id, ex.Message);
            return await FinishAsync(started, JournalState.Failed, "could not check the resource: " + ex.Message, cancellationToken);
        }
    }

    /// <summary>The AWS call and its verification, for an entry already InProgress with its rollback data.</summary>
    internal async Task<JournalEntry> ActAsync(JournalEntry armed, IActionKind kind, RegionClients region, CancellationToken cancellationToken)
    {
        try
        {
            logger.LogInformation("Applying {Kind} to {Resource} ({ActionId})", kind.Id, armed.Resource.Id, armed.Id);
            await kind.ExecuteAsync(armed.Resource, armed.RollbackJson, region, cancellationToken);
            if (await VerifiedAsync(kind, armed, region, cancellationToken))
            {
                return await SucceedAsync(armed, kind.Verb + " done", cancellationToken);
            }

            return await FailAndUndoAsync(armed, kind, region, "the change did not show in AWS after verification", cancellationToken);
        }
        catch (Exception ex) when (ex is AwsServiceException or ActionFailedException)
        {
            return await FailAndUndoAsync(armed, kind, region, ex.Message, cancellationToken);
        }
    }

    internal async Task<JournalEntry> SucceedAsync(JournalEntry entry, string reason, CancellationToken cancellationToken)
    {
        var finished = await FinishAsync(entry, JournalState.Succeeded, reason, cancellationToken);
        await MarkAppliedAsync(finished, cancellationToken);
        return finished;
    }

    internal async Task<JournalEntry> FinishAsync(JournalEntry entry, JournalState state, string reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var finished = entry with { State = state, Reason = reason, CompletedAt = now, UpdatedAt = now };
        return await store.Journal.TransitionAsync(finished, entry.State, cancellationToken)
            ? finished
            : await store.Journal.GetAsync(entry.Id, cancellationToken) ?? finished;
    }

    private async Task<bool> VerifiedAsync(IActionKind kind, JournalEntry entry, RegionClients region, CancellationToken cancellationToken)
    {
        for (var poll = 1; ; poll++)
        {
            if (await kind.VerifyAsync(entry.Resource, entry.RollbackJson, region, cancellationToken))
            {
                return true;
            }

            if (poll >= options.MaxPolls)
            {
                return false;
            }

            if (options.PollInterval > TimeSpan.Zero)
            {
                await Task.Delay(options.PollInterval, time, cancellationToken);
            }
        }
    }

    private async Task<JournalEntry> FailAndUndoAsync(JournalEntry armed, IActionKind kind, RegionClients region, string error, CancellationToken cancellationToken)
    {
        logger.LogWarning("{Kind} on {Resource} failed: {Error}", kind.Id, armed.Resource.Id, error);
        var reason = "failed: " + error;
        try
        {
            // Why: a change that half-landed (e.g. the resource moved but never settled) is undone so the estate is as it was.
            var current = await kind.InspectAsync(armed.Resource, region, cancellationToken);
            if (!IdempotencyKeys.SameState(armed.IdempotencyKey, current.Fingerprint) && armed.RollbackJson is not null)
            {
                await kind.RollbackAsync(armed.Resource, armed.RollbackJson, region, cancellationToken);
                reason += "; rolled back";
            }
        }
        catch (AwsServiceException ex)
        {
            reason += "; rollback failed: " + ex.Message;
        }

        return await FinishAsync(armed, JournalState.Failed, reason, cancellationToken);
    }

    private async Task MarkAppliedAsync(JournalEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            await store.Recommendations.SetOutcomeAsync(
                entry.RecommendationId, Storage.Recommendations.RecommendationStatus.Applied, "remediation", time.GetUtcNow(),
                entry.ActionKind + " (" + entry.Id + ")", cancellationToken);
        }
        catch (Storage.Recommendations.DecisionRejectedException ex)
        {
            logger.LogWarning("Recommendation {RecommendationId} could not be marked applied: {Error}", entry.RecommendationId, ex.Message);
        }
    }
}
