using Advisor.Core.Snapshots;
using Advisor.Storage;
using Advisor.Storage.Journal;
using Microsoft.Extensions.Logging;

namespace Advisor.Remediation.Verification;

/// <summary>
/// Runs <see cref="RealisedSavingsVerifier"/> over the journal's succeeded, real actions that are due, with the Cost Explorer data of a
/// run's snapshots (per account: every scope of an account carries the same account-wide costs) and each resource's usage types
/// (<see cref="UsageTypeResolver"/>). Actions whose account has no costs in the run, or whose usage type cannot be told, stay Applied.
/// </summary>
public sealed class RealisedSavingsCheck(IAdvisorStore store, UsageTypeResolver resolver, RealisedSavingsVerifier verifier, ILogger<RealisedSavingsCheck> logger)
{
    /// <summary>Why 5000: succeeded actions awaiting verification are a few per kind per run, far fewer than a page.</summary>
    private const int JournalPage = 5000;

    public async Task<IReadOnlyList<VerificationOutcome>> RunAsync(IReadOnlyList<ScopeSnapshot> snapshots, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        var due = (await store.Journal.ListAsync([JournalState.Succeeded], JournalPage, cancellationToken)).Where(verifier.IsDue).ToList();
        var decided = new List<VerificationOutcome>();
        foreach (var account in due.GroupBy(e => e.Resource.Account, StringComparer.Ordinal))
        {
            var scopes = snapshots.Where(s => s.Scope.Account == account.Key).ToList();
            if (scopes.Select(s => s.Costs).OfType<CostData>().OrderByDescending(c => c.End).FirstOrDefault() is not { } costs)
            {
                logger.LogInformation("No Cost Explorer data for account {Account} in this run; {Count} actions wait for verification", account.Key, account.Count());
                continue;
            }

            var targets = new List<(JournalEntry, IReadOnlyList<string>)>();
            foreach (var entry in account)
            {
                var inventory = scopes.FirstOrDefault(s => s.Scope.Region == entry.Resource.Region)?.Inventory;
                var usageTypes = await resolver.ResolveAsync(entry, inventory, cancellationToken);
                if (usageTypes.Count == 0)
                {
                    logger.LogWarning("Action {ActionId}: the usage type of {Resource} could not be told; it stays Applied", entry.Id, entry.Resource.Id);
                    continue;
                }

                targets.Add((entry, usageTypes));
            }

            decided.AddRange(await verifier.VerifyAsync(targets, costs, cancellationToken));
        }

        return decided;
    }
}
