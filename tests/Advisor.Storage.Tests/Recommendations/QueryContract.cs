using Advisor.Core.Domain;
using Advisor.Storage.Recommendations;
using Advisor.Storage.Tests.Support;
using static Advisor.Storage.Tests.Support.Sample;

namespace Advisor.Storage.Tests.Recommendations;

/// <summary>Listing recommendations: every filter, every sort with its id tie-break, paging; the same cases on SQLite and PostgreSQL.</summary>
public abstract class QueryContract(IStoreBackend backend) : StoreContract(backend)
{
    private const string Rightsize = "sagemaker-endpoint-rightsize";

    private IRecommendationStore Recs => Store.Recommendations;

    /// <summary>Six recommendations over two runs, two analyzers, two accounts, two regions and two teams; one dismissed.</summary>
    private async Task SeedAsync()
    {
        await Recs.MergeAsync(Run("r1", Start,
        [
            Item("a", 9.5m, priority: Priority.P3, team: "vision"),
            Item("b", 100m, priority: Priority.P2, team: "vision"),
            Item("c", 100m, analyzer: Rightsize, priority: Priority.P1, team: "nlp"),
        ], Scope()));
        await Recs.MergeAsync(Run("r2", Start.AddDays(1),
        [
            Item("a", 9.5m, priority: Priority.P3, team: "vision"),
            Item("b", 100m, priority: Priority.P2, team: "vision"),
            Item("c", 100m, analyzer: Rightsize, priority: Priority.P1, team: "nlp"),
            Item("d", 1000m, region: "eu-west-1", priority: Priority.P1),
            Item("e", 55.25m, account: "210987654321", priority: Priority.P2, team: "nlp"),
            Item("f", 0.01m, priority: Priority.P3),
        ], Scope()));
        await Recs.DecideAsync(IdOf("f"), new Decision(DecisionKind.Dismiss, "alice", Start.AddDays(2), Reason: "too small"));
    }

    private async Task<IReadOnlyList<string>> Resources(RecommendationQuery query) =>
        [.. (await Recs.QueryAsync(query)).Items.Select(r => r.Resource.Id)];

    [Fact]
    public async Task Default_Query_Lists_Everything_By_Savings_Descending_With_Ties_By_Id()
    {
        await SeedAsync();

        var page = await Recs.QueryAsync(new RecommendationQuery());

        Assert.Equal(6, page.Total);
        // b and c tie at 100: the id breaks the tie (analyzer id is the id's first part, "sagemaker-endpoint-idle" < "...-rightsize").
        Assert.Equal(["d", "b", "c", "e", "a", "f"], page.Items.Select(r => r.Resource.Id));
    }

    [Fact]
    public async Task Each_Filter_Narrows_The_Listing()
    {
        await SeedAsync();

        Assert.Equal(["f"], await Resources(new RecommendationQuery { Statuses = [RecommendationStatus.Dismissed] }));
        Assert.Equal(6, (await Recs.QueryAsync(new RecommendationQuery { Statuses = [RecommendationStatus.Open, RecommendationStatus.Dismissed] })).Total);
        Assert.Equal(["c"], await Resources(new RecommendationQuery { AnalyzerId = Rightsize }));
        Assert.Equal(["e"], await Resources(new RecommendationQuery { Account = "210987654321" }));
        Assert.Equal(["d"], await Resources(new RecommendationQuery { Region = "eu-west-1" }));
        Assert.Equal(["c", "e"], await Resources(new RecommendationQuery { Team = "nlp" }));
        Assert.Equal(["d", "b", "c", "e"], await Resources(new RecommendationQuery { MinMonthlySavings = 55.25m }));
        Assert.Equal(["b"], await Resources(new RecommendationQuery { Team = "vision", MinMonthlySavings = 10m, Statuses = [RecommendationStatus.Open] }));
        Assert.Empty(await Resources(new RecommendationQuery { Team = "nobody" }));
    }

    // Ties (same savings or same first-seen time) go by id, which reads analyzer|account|region|resource.
    [Theory]
    [InlineData(RecommendationSort.SavingsDescending, "d,b,c,e,a,f")]
    [InlineData(RecommendationSort.SavingsAscending, "f,a,e,b,c,d")]
    [InlineData(RecommendationSort.PriorityThenSavings, "d,c,b,e,a,f")]
    [InlineData(RecommendationSort.NewestFirst, "d,f,e,a,b,c")]
    [InlineData(RecommendationSort.OldestFirst, "a,b,c,d,f,e")]
    public async Task Sort_Orders_With_A_Stable_Tie_Break(RecommendationSort sort, string expected)
    {
        await SeedAsync();

        Assert.Equal(expected.Split(','), await Resources(new RecommendationQuery { Sort = sort }));
    }

    [Fact]
    public async Task Pages_Cover_Every_Match_Once_And_Total_Counts_All_Matches()
    {
        await SeedAsync();
        var seen = new List<string>();

        for (var offset = 0; offset < 6; offset += 4)
        {
            var page = await Recs.QueryAsync(new RecommendationQuery { Offset = offset, Limit = 4 });
            Assert.Equal(6, page.Total);
            seen.AddRange(page.Items.Select(r => r.Resource.Id));
        }

        Assert.Equal(["d", "b", "c", "e", "a", "f"], seen);
        var beyond = await Recs.QueryAsync(new RecommendationQuery { Offset = 10 });
        Assert.Empty(beyond.Items);
        Assert.Equal(6, beyond.Total);
    }
}

/// <summary>The Query contract on a SQLite file.</summary>
public sealed class QueryOnSqlite() : QueryContract(new SqliteBackend());

/// <summary>The Query contract on the private PostgreSQL cluster.</summary>
[Collection(PostgresServer.CollectionName)]
public sealed class QueryOnPostgreSql(PostgresServer server) : QueryContract(new PostgresBackend(server));
