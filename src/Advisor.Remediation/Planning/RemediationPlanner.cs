using System.Globalization;
using Advisor.Core.Domain;
using Advisor.Remediation.Execution;
using Advisor.Remediation.Kinds;
using Advisor.Remediation.Policy;
using Advisor.Storage.Journal;
using Microsoft.Extensions.Logging;

namespace Advisor.Remediation.Planning;

/// <summary>
/// Turns a cycle's recommendations into journal entries: policy filter (with a reason for each rejection), a fresh read of each
/// candidate's tags and state, then one entry per action keyed by recommendation + kind + resource state. Entries in a grace
/// period tag their resource <c>advisor:planned-action=&lt;kind&gt;@&lt;date&gt;</c> and notify the webhook.
/// </summary>
public sealed class RemediationPlanner(
    IActionJournal journal,
    ActionKinds kinds,
    IRemediationClients clients,
    RemediationOptions options,
    TimeProvider time,
    ILogger<RemediationPlanner> logger,
    WebhookNotifier? notifier = null)
{
    /// <summary>The tag a resource carries during its grace period.</summary>
    public const string PlannedActionTag = "advisor:planned-action";

    /// <summary>
    /// Plans <paramref name="recommendations"/>. <paramref name="preview"/> (apply --dry-run): nothing is written, tagged or sent,
    /// and every action is shown as a dry run whatever the policy says.
    /// </summary>
    public async Task<RemediationPlan> PlanAsync(IReadOnlyList<Recommendation> recommendations, bool preview, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recommendations);
        var items = new List<PlanItem>();
        var perKind = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var recommendation in recommendations.OrderBy(r => r.Rank))
        {
            var finding = recommendation.Finding;
            var candidates = kinds.CandidatesFor(finding);
            if (candidates.Count == 0)
            {
                continue;
            }

            // Why: the choice between kinds reads AWS; when the policy refuses every candidate anyway, the reads are not made.
            var (kind, state, declined) = candidates.Count == 1 || candidates.All(k => PolicyGate.FindingReason(options, k.Id, finding) is not null)
                ? (candidates[0], null, null)
                : await ChooseAsync(candidates, finding, cancellationToken);
            var policy = options.For(kind.Id);
            if ((declined ?? PolicyGate.FindingReason(options, kind.Id, finding)) is { } rejected)
            {
                items.Add(new PlanItem(recommendation, kind.Id, PlanTiming.Skipped, rejected, null));
                continue;
            }

            state ??= await kind.InspectAsync(finding.Resource, clients.ForRegion(finding.Resource.Region), cancellationToken);
            var reason = !state.Exists ? "the resource no longer exists" : PolicyGate.TagReason(policy, state);
            if (reason is null && perKind.GetValueOrDefault(kind.Id) >= policy.MaxActionsPerRun)
            {
                reason = string.Create(CultureInfo.InvariantCulture, $"over MaxActionsPerRun ({policy.MaxActionsPerRun}) for {kind.Id} this run");
            }

            string? planJson = null;
            try
            {
                planJson = reason is null ? kind.PlanJson(finding, state) : null;
            }
            catch (FormatException ex)
            {
                reason = ex.Message;
            }

            if (reason is not null)
            {
                items.Add(new PlanItem(recommendation, kind.Id, PlanTiming.Skipped, reason, null));
                continue;
            }

            perKind[kind.Id] = perKind.GetValueOrDefault(kind.Id) + 1;
            var dryRun = preview || policy.DryRun;
            var entry = NewEntry(recommendation, kind, state, policy, dryRun) with { RollbackJson = planJson };
            if (preview)
            {
                items.Add(new PlanItem(recommendation, kind.Id, Timing(entry), Describe(entry, kind), entry));
                continue;
            }

            var (stored, created) = await journal.PlanAsync(entry, cancellationToken);
            if (!created)
            {
                items.Add(new PlanItem(recommendation, kind.Id, PlanTiming.AlreadyPlanned, "already in the journal: " + stored.State, stored));
                continue;
            }

            if (stored.State == JournalState.AwaitingGrace)
            {
                await AnnounceAsync(stored, kind, cancellationToken);
            }

            items.Add(new PlanItem(recommendation, kind.Id, Timing(stored), Describe(stored, kind), stored));
        }

        return new RemediationPlan(items);
    }

    /// <summary>
    /// Several kinds carry out the finding (delete-endpoint and scale-inference-components-to-zero for an idle endpoint): the first,
    /// in registration order, that does not decline the resource's current state, or the last one with its reason.
    /// </summary>
    private async Task<(IActionKind Kind, ResourceState? State, string? Declined)> ChooseAsync(
        IReadOnlyList<IActionKind> candidates, Finding finding, CancellationToken cancellationToken)
    {
        (IActionKind Kind, ResourceState? State, string? Declined) last = (candidates[^1], null, null);
        foreach (var candidate in candidates)
        {
            var state = await candidate.InspectAsync(finding.Resource, clients.ForRegion(finding.Resource.Region), cancellationToken);
            if (!state.Exists || candidate.Declines(state) is not { } declined)
            {
                return (candidate, state, null);
            }

            last = (candidate, state, declined);
        }

        return last;
    }

    private JournalEntry NewEntry(Recommendation recommendation, IActionKind kind, ResourceState state, ActionPolicy policy, bool dryRun)
    {
        var now = time.GetUtcNow();
        var grace = policy.GracePeriod > TimeSpan.Zero;
        var journalState = dryRun ? JournalState.Skipped
            : grace ? JournalState.AwaitingGrace
            : policy.RequireApproval ? JournalState.AwaitingApproval
            : JournalState.Ready;
        return new JournalEntry
        {
            Id = "act-" + Guid.NewGuid().ToString("N"),
            IdempotencyKey = IdempotencyKeys.For(recommendation.Id, kind.Id, state.Fingerprint, dryRun),
            RecommendationId = recommendation.Id,
            ActionKind = kind.Id,
            Resource = recommendation.Finding.Resource,
            State = journalState,
            MonthlySavings = recommendation.Finding.Savings?.Amount ?? 0m,
            DryRun = dryRun,
            PlannedAt = now,
            NotBefore = grace ? now + policy.GracePeriod : null,
            ApprovalRequired = policy.RequireApproval,
            Reason = dryRun ? "dry run: would " + kind.Verb + (grace ? " after the grace period" : "") + (policy.RequireApproval ? " once approved" : "") : null,
            CompletedAt = dryRun ? now : null,
            UpdatedAt = now,
        };
    }

    private async Task AnnounceAsync(JournalEntry entry, IActionKind kind, CancellationToken cancellationToken)
    {
        var value = kind.Id + "@" + entry.NotBefore!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        try
        {
            await kind.TagAsync(entry.Resource, new Dictionary<string, string> { [PlannedActionTag] = value }, clients.ForRegion(entry.Resource.Region), cancellationToken);
        }
        catch (Aws.Errors.AwsServiceException ex)
        {
            // Why: the tag is a courtesy notice; failing to write it must not lose the planned entry (the journal holds it).
            logger.LogWarning(ex, "Could not tag {Resource} with {Tag}", entry.Resource.Arn, PlannedActionTag);
        }

        if (notifier is not null)
        {
            await notifier.NotifyPlannedAsync(entry, cancellationToken);
        }
    }

    private static PlanTiming Timing(JournalEntry entry) => entry switch
    {
        { DryRun: true } => PlanTiming.DryRun,
        { State: JournalState.AwaitingGrace } => PlanTiming.AfterGrace,
        { State: JournalState.AwaitingApproval } => PlanTiming.AwaitingApproval,
        _ => PlanTiming.Now,
    };

    private static string Describe(JournalEntry entry, IActionKind kind) => entry switch
    {
        { DryRun: true } => entry.Reason!,
        { NotBefore: { } notBefore } => kind.Verb + " after " + notBefore.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture)
            + (entry.ApprovalRequired ? " and approval" : ""),
        { ApprovalRequired: true } => kind.Verb + " once approved",
        _ => kind.Verb,
    };
}
