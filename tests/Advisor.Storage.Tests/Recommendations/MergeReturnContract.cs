using Advisor.Storage.Recommendations;
using Advisor.Storage.Tests.Support;
using static Advisor.Storage.Tests.Support.Sample;

namespace Advisor.Storage.Tests.Recommendations;

/// <summary>
/// What brings a recommendation back (or keeps it away): dismissal factor, snooze date, reappearance after resolution,
/// remediation ownership, and concurrent merges; the same cases on SQLite and PostgreSQL.
/// </summary>
public abstract class MergeReturnContract(IStoreBackend backend) : StoreContract(backend)
{
    private IRecommendationStore Recs => Store.Recommendations;

    private Task<MergeOutcome> Merge(string runId, int day, IReadOnlyList<MergeItem> items, params EvaluatedScope[] evaluated) =>
        Recs.MergeAsync(Run(runId, Start.AddDays(day), items, evaluated));

    [Fact]
    public async Task Dismissed_Recommendation_Stays_Dismissed_Below_The_Return_Factor()
    {
        await Merge("r1", 0, [Item("ep-a", 100m)], Scope());
        await Recs.DecideAsync(IdOf("ep-a"), new Decision(DecisionKind.Dismiss, "alice", Start.AddHours(1), Reason: "needed for the demo"));

        // Why 150: exactly dismissed × 1.5 is not "beyond" the factor.
        var outcome = await Merge("r2", 1, [Item("ep-a", 150m)], Scope());

        Assert.Equal([IdOf("ep-a")], outcome.Unchanged);
        var stored = await Recs.GetAsync(IdOf("ep-a"));
        Assert.Equal(RecommendationStatus.Dismissed, stored!.Status);
        Assert.Equal(150m, stored.MonthlySavings);
        Assert.Equal(100m, stored.DismissedSavings);
        Assert.Equal(RecommendationEventKind.SavingsChanged, (await Recs.HistoryAsync(IdOf("ep-a")))[^1].Kind);
    }

    [Fact]
    public async Task Dismissed_Recommendation_Returns_When_Savings_Grow_Past_The_Factor()
    {
        await Merge("r1", 0, [Item("ep-a", 100m)], Scope());
        await Recs.DecideAsync(IdOf("ep-a"), new Decision(DecisionKind.Dismiss, "alice", Start.AddHours(1), Reason: "needed for the demo"));

        var outcome = await Merge("r2", 1, [Item("ep-a", 150.01m)], Scope());

        Assert.Equal([IdOf("ep-a")], outcome.Reopened);
        var stored = await Recs.GetAsync(IdOf("ep-a"));
        Assert.Equal(RecommendationStatus.Open, stored!.Status);
        Assert.Null(stored.DismissedSavings);
        var reopened = (await Recs.HistoryAsync(IdOf("ep-a")))[^1];
        Assert.Equal(RecommendationEventKind.Reopened, reopened.Kind);
        Assert.Equal(RecommendationStatus.Dismissed, reopened.FromStatus);
        Assert.Equal(RecommendationStatus.Open, reopened.ToStatus);
    }

    [Fact]
    public async Task Snoozed_Recommendation_Stays_Snoozed_Until_Its_Date_Then_Returns()
    {
        await Merge("r1", 0, [Item("ep-a", 100m)], Scope());
        await Recs.DecideAsync(IdOf("ep-a"), new Decision(DecisionKind.Snooze, "bob", Start.AddHours(1), Until: Start.AddDays(3)));

        var before = await Merge("r2", 2, [Item("ep-a", 100m)], Scope());
        Assert.Equal([IdOf("ep-a")], before.Unchanged);
        Assert.Equal(RecommendationStatus.Snoozed, (await Recs.GetAsync(IdOf("ep-a")))!.Status);

        var onTheDate = await Merge("r3", 3, [Item("ep-a", 100m)], Scope());
        Assert.Equal([IdOf("ep-a")], onTheDate.Reopened);
        var stored = await Recs.GetAsync(IdOf("ep-a"));
        Assert.Equal(RecommendationStatus.Open, stored!.Status);
        Assert.Null(stored.SnoozedUntil);
    }

    [Fact]
    public async Task Resolved_Recommendation_That_Reappears_Is_Reopened()
    {
        await Merge("r1", 0, [Item("ep-a", 100m)], Scope());
        await Merge("r2", 1, [], Scope());
        var outcome = await Merge("r3", 2, [Item("ep-a", 80m)], Scope());

        Assert.Equal([IdOf("ep-a")], outcome.Reopened);
        var stored = await Recs.GetAsync(IdOf("ep-a"));
        Assert.Equal(RecommendationStatus.Open, stored!.Status);
        Assert.Null(stored.ResolvedAt);
        Assert.Equal(80m, stored.MonthlySavings);
        var kinds = (await Recs.HistoryAsync(IdOf("ep-a"))).Select(e => e.Kind);
        Assert.Equal([RecommendationEventKind.Created, RecommendationEventKind.Resolved, RecommendationEventKind.SavingsChanged, RecommendationEventKind.Reopened], kinds);
    }

    [Theory]
    [InlineData(RecommendationStatus.Applied)]
    [InlineData(RecommendationStatus.Verified)]
    [InlineData(RecommendationStatus.Regressed)]
    public async Task Remediated_Recommendation_Is_Never_Resolved_By_Absence(RecommendationStatus outcome)
    {
        await Merge("r1", 0, [Item("ep-a", 100m)], Scope());
        await Recs.SetOutcomeAsync(IdOf("ep-a"), RecommendationStatus.Applied, "remediation", Start.AddHours(1), "deleted");
        if (outcome != RecommendationStatus.Applied)
        {
            await Recs.SetOutcomeAsync(IdOf("ep-a"), outcome, "realised-savings", Start.AddHours(2), null);
        }

        var merged = await Merge("r2", 1, [], Scope());

        Assert.Empty(merged.Resolved);
        Assert.Equal(outcome, (await Recs.GetAsync(IdOf("ep-a")))!.Status);
    }

    [Fact]
    public async Task Many_Resolved_Recommendations_Produced_Again_Are_All_Reopened()
    {
        // Why 1200: more than two of the merge's id chunks (500), so the chunked lookup is exercised end to end.
        var items = Enumerable.Range(0, 1200).Select(i => Item("ep-" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), 1m + i)).ToList();
        await Merge("r1", 0, items, Scope());
        Assert.Equal(1200, (await Merge("r2", 1, [], Scope())).Resolved.Count);

        var outcome = await Merge("r3", 2, items, Scope());

        Assert.Equal(1200, outcome.Reopened.Count);
        Assert.Equal(1200, (await Recs.QueryAsync(new RecommendationQuery { Statuses = [RecommendationStatus.Open], Limit = 1 })).Total);
    }

    [Fact]
    public async Task Two_Replicas_Merging_At_Once_Both_Land()
    {
        var other = await OpenAsync(migrate: false);

        await Task.WhenAll(
            Store.Recommendations.MergeAsync(Run("r1", Start, [Item("ep-a", 10m)], Scope())),
            other.Recommendations.MergeAsync(Run("r2", Start, [Item("ep-b", 20m, region: "eu-west-1")], Scope(region: "eu-west-1"))));

        Assert.Equal(2, (await Recs.QueryAsync(new RecommendationQuery())).Total);
    }
}

/// <summary>The MergeReturn contract on a SQLite file.</summary>
public sealed class MergeReturnOnSqlite() : MergeReturnContract(new SqliteBackend());

/// <summary>The MergeReturn contract on the private PostgreSQL cluster.</summary>
[Collection(PostgresServer.CollectionName)]
public sealed class MergeReturnOnPostgreSql(PostgresServer server) : MergeReturnContract(new PostgresBackend(server));
