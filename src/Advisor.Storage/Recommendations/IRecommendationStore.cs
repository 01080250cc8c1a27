namespace Advisor.Storage.Recommendations;

/// <summary>Recommendations with their full history and the humans' decisions.</summary>
public interface IRecommendationStore
{
    /// <summary>
    /// Merges one run in one transaction: new ones open; produced again → savings and document updated (open/accepted stay,
    /// resolved reopen, a snooze past its date reopens, a dismissed one reopens only past the savings factor); absent but
    /// evaluated → resolved. Applied/verified/regressed ones are never resolved by absence (remediation owns them).
    /// </summary>
    Task<MergeOutcome> MergeAsync(RunMerge run, CancellationToken cancellationToken = default);

    Task<RecommendationPage> QueryAsync(RecommendationQuery query, CancellationToken cancellationToken = default);

    Task<StoredRecommendation?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>History, oldest first.</summary>
    Task<IReadOnlyList<RecommendationEvent>> HistoryAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Applies a decision; null when the id is unknown; <see cref="DecisionRejectedException"/> when the lifecycle forbids it.</summary>
    Task<StoredRecommendation?> DecideAsync(string id, Decision decision, CancellationToken cancellationToken = default);

    /// <summary>Marks a recommendation applied (remediation) or verified/regressed (realised-savings check), with an event.</summary>
    Task<StoredRecommendation?> SetOutcomeAsync(string id, RecommendationStatus status, string actor, DateTimeOffset at, string? note, CancellationToken cancellationToken = default);

    /// <summary>Events of every recommendation between two instants (for "new/resolved since the last report").</summary>
    Task<IReadOnlyList<RecommendationEvent>> EventsBetweenAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken = default);
}
