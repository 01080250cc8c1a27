using Advisor.Core.Domain;
using Advisor.Remediation.Kinds;
using Advisor.Storage.Recommendations;

namespace Advisor.Host.Remediation;

/// <summary>Which of a cycle's recommendations remediation may plan: those a kind handles and that nobody has decided against.</summary>
internal static class RemediationCandidates
{
    /// <summary>
    /// Keeps the recommendations an action kind handles whose stored status is Open or Accepted (or that the store does not hold,
    /// as in <c>apply --dry-run</c>, which merges nothing). Why: a dismissed, snoozed or already applied recommendation is never acted on.
    /// </summary>
    public static async Task<IReadOnlyList<Recommendation>> FilterAsync(
        IRecommendationStore store, ActionKinds kinds, IEnumerable<Recommendation> recommendations, CancellationToken cancellationToken)
    {
        var candidates = new List<Recommendation>();
        foreach (var recommendation in recommendations.Where(r => kinds.ForFinding(r.Finding) is not null))
        {
            var stored = await store.GetAsync(recommendation.Id, cancellationToken);
            if (stored is null or { Status: RecommendationStatus.Open or RecommendationStatus.Accepted })
            {
                candidates.Add(recommendation);
            }
        }

        return candidates;
    }
}
