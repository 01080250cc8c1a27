using Advisor.Storage.Recommendations;
using Advisor.Storage.Tests.Support;
using static Advisor.Storage.Tests.Support.Sample;

namespace Advisor.Storage.Tests.Recommendations;

/// <summary>How a run's merge moves recommendations through their lifecycle; the same cases run on SQLite and PostgreSQL.</summary>
public abstract class MergeLifecycleContract(IStoreBackend backend) : StoreContract(backend)
{
    private IRecommendationStore Recs => Store.Recommendations;

    private Task<MergeOutcome> Merge(string runId, int day, IReadOnlyList<MergeItem> items, params EvaluatedScope[] evaluated) =>
        Recs.MergeAsync(Run(runId, Start.AddDays(day), items, evaluated));

    [Fact]
    public async Task New_Recommendation_Is_Created_Open_With_A_Created_Event()
    {
        var outcome = await Merge("r1", 0, [Item("ep-a", 100.50m, team: "vision", document: "{\"rank\":1}")], Scope());

        Assert.Equal([IdOf("ep-a")], outcome.Created);
        var stored = await Recs.GetAsync(IdOf("ep-a"));
        Assert.NotNull(stored);
        Assert.Equal(RecommendationStatus.Open, stored.Status);
        Assert.Equal(100.50m, stored.MonthlySavings);
        Assert.Equal("vision", stored.Team);
        Assert.Equal("{\"rank\":1}", stored.DocumentJson);
        Assert.Equal("ep-a", stored.Resource.Id);
        Assert.Equal(Account, stored.Resource.Account);
        Assert.Equal("r1", stored.FirstSeenRunId);
        Assert.Equal(Start, stored.FirstSeenAt);
        var history = await Recs.HistoryAsync(IdOf("ep-a"));
        var created = Assert.Single(history);
        Assert.Equal(RecommendationEventKind.Created, created.Kind);
        Assert.Equal("run:r1", created.Actor);
        Assert.Equal(RecommendationStatus.Open, created.ToStatus);
        Assert.Null(created.FromStatus);
    }

    [Fact]
    public async Task Still_Open_Recommendation_Gets_Its_Savings_Updated_With_An_Event()
    {
        await Merge("r1", 0, [Item("ep-a", 100m, document: "{\"v\":1}")], Scope());
        var outcome = await Merge("r2", 1, [Item("ep-a", 150m, document: "{\"v\":2}")], Scope());

        Assert.Equal([IdOf("ep-a")], outcome.StillOpen);
        Assert.Empty(outcome.Created);
        var stored = await Recs.GetAsync(IdOf("ep-a"));
        Assert.Equal(150m, stored!.MonthlySavings);
        Assert.Equal(RecommendationStatus.Open, stored.Status);
        Assert.Equal("{\"v\":2}", stored.DocumentJson);
        Assert.Equal("r1", stored.FirstSeenRunId);
        Assert.Equal("r2", stored.LastSeenRunId);
        Assert.Equal(Start.AddDays(1), stored.LastSeenAt);
        var changed = (await Recs.HistoryAsync(IdOf("ep-a")))[^1];
        Assert.Equal(RecommendationEventKind.SavingsChanged, changed.Kind);
        Assert.Equal(150m, changed.MonthlySavings);
        Assert.Equal("run:r2", changed.Actor);
    }

    [Fact]
    public async Task Produced_Again_With_The_Same_Savings_Writes_No_Event()
    {
        await Merge("r1", 0, [Item("ep-a", 100m)], Scope());
        await Merge("r2", 1, [Item("ep-a", 100.00m)], Scope());

        Assert.Single(await Recs.HistoryAsync(IdOf("ep-a")));
    }

    [Fact]
    public async Task Absent_But_Evaluated_Recommendation_Is_Resolved()
    {
        await Merge("r1", 0, [Item("ep-a", 100m), Item("ep-b", 20m)], Scope());
        var outcome = await Merge("r2", 1, [Item("ep-b", 20m)], Scope());

        Assert.Equal([IdOf("ep-a")], outcome.Resolved);
        var stored = await Recs.GetAsync(IdOf("ep-a"));
        Assert.Equal(RecommendationStatus.Resolved, stored!.Status);
        Assert.Equal(Start.AddDays(1), stored.ResolvedAt);
        var resolved = (await Recs.HistoryAsync(IdOf("ep-a")))[^1];
        Assert.Equal(RecommendationEventKind.Resolved, resolved.Kind);
        Assert.Equal(RecommendationStatus.Open, resolved.FromStatus);
        Assert.Equal("run:r2", resolved.Actor);
    }

    [Fact]
    public async Task Absent_Recommendation_Is_Not_Resolved_When_Its_Scope_Or_Analyzer_Was_Not_Evaluated()
    {
        await Merge("r1", 0, [Item("ep-a", 100m)], Scope());
        var outcome = await Merge("r2", 1, [],
            Scope(analyzer: "sagemaker-endpoint-rightsize"), Scope(region: "eu-west-1"), Scope(account: "210987654321"));

        Assert.Empty(outcome.Resolved);
        Assert.Equal(RecommendationStatus.Open, (await Recs.GetAsync(IdOf("ep-a")))!.Status);
        Assert.Single(await Recs.HistoryAsync(IdOf("ep-a")));
    }

    [Fact]
    public async Task Accepted_Recommendation_Stays_Accepted_When_Produced_Again_And_Is_Resolved_When_Gone()
    {
        await Merge("r1", 0, [Item("ep-a", 100m)], Scope());
        await Recs.DecideAsync(IdOf("ep-a"), new Decision(DecisionKind.Accept, "alice", Start.AddHours(1)));

        var again = await Merge("r2", 1, [Item("ep-a", 100m)], Scope());
        Assert.Equal([IdOf("ep-a")], again.StillOpen);
        Assert.Equal(RecommendationStatus.Accepted, (await Recs.GetAsync(IdOf("ep-a")))!.Status);

        var gone = await Merge("r3", 2, [], Scope());
        Assert.Equal([IdOf("ep-a")], gone.Resolved);
    }

    [Fact]
    public async Task History_Is_Oldest_First_With_Who_Changed_What()
    {
        await Merge("r1", 0, [Item("ep-a", 100m)], Scope());
        await Recs.DecideAsync(IdOf("ep-a"), new Decision(DecisionKind.Accept, "alice", Start.AddHours(1), Note: "next sprint"));
        await Merge("r2", 1, [], Scope());
        await Merge("r3", 2, [Item("ep-a", 100m)], Scope());

        var history = await Recs.HistoryAsync(IdOf("ep-a"));

        Assert.Equal(["run:r1", "alice", "run:r2", "run:r3"], history.Select(e => e.Actor));
        Assert.Equal(
            [RecommendationEventKind.Created, RecommendationEventKind.Decided, RecommendationEventKind.Resolved, RecommendationEventKind.Reopened],
            history.Select(e => e.Kind));
        Assert.Equal("next sprint", history[1].Note);
        Assert.Equal(RecommendationStatus.Accepted, history[2].FromStatus);
        Assert.True(history.Zip(history.Skip(1)).All(p => p.First.Sequence < p.Second.Sequence));
        Assert.Equal("r2", history[2].RunId);
    }

    [Fact]
    public async Task Events_Between_Returns_Only_The_Window()
    {
        await Merge("r1", 0, [Item("ep-a", 100m)], Scope());
        await Merge("r2", 1, [Item("ep-b", 10m)], Scope());
        await Merge("r3", 2, [Item("ep-b", 10m)], Scope());

        var events = await Recs.EventsBetweenAsync(Start.AddHours(12), Start.AddDays(2));

        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.Kind == RecommendationEventKind.Created && e.RecommendationId == IdOf("ep-b"));
        Assert.Contains(events, e => e.Kind == RecommendationEventKind.Resolved && e.RecommendationId == IdOf("ep-a"));
    }

    [Theory]
    [InlineData("1234.56")]
    [InlineData("0.01")]
    [InlineData("0.005")]
    [InlineData("98765432.123456")]
    public async Task Savings_Round_Trip_Exactly(string text)
    {
        var savings = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        await Merge("r1", 0, [Item("ep-a", savings)], Scope());

        var stored = await Recs.GetAsync(IdOf("ep-a"));

        Assert.Equal(savings, stored!.MonthlySavings);
        Assert.Equal(savings / 10m, stored.Score);
        Assert.Equal(savings, (await Recs.HistoryAsync(IdOf("ep-a")))[0].MonthlySavings);
    }
}

/// <summary>The MergeLifecycle contract on a SQLite file.</summary>
public sealed class MergeLifecycleOnSqlite() : MergeLifecycleContract(new SqliteBackend());

/// <summary>The MergeLifecycle contract on the private PostgreSQL cluster.</summary>
[Collection(PostgresServer.CollectionName)]
public sealed class MergeLifecycleOnPostgreSql(PostgresServer server) : MergeLifecycleContract(new PostgresBackend(server));
