using Advisor.Core.Domain;
using Advisor.Storage.Journal;
using Advisor.Storage.Tests.Support;

namespace Advisor.Storage.Tests.Journal;

/// <summary>The remediation journal: idempotent planning and compare-and-set transitions; the same cases on SQLite and PostgreSQL.</summary>
public abstract class ActionJournalContract(IStoreBackend backend) : StoreContract(backend)
{
    private static JournalEntry Entry(string id, string key, DateTimeOffset at) => new()
    {
        Id = id,
        IdempotencyKey = key,
        RecommendationId = "rec-1",
        ActionKind = "delete-endpoint",
        Resource = new ResourceRef("ep-a", "arn:aws:sagemaker:us-east-1:123456789012:endpoint/ep-a", ResourceTypes.SageMakerEndpoint, "123456789012", "us-east-1"),
        State = JournalState.Planned,
        MonthlySavings = 1234.56m,
        DryRun = true,
        PlannedAt = at,
        NotBefore = at.AddDays(2),
        ApprovalRequired = true,
        UpdatedAt = at,
    };

    [Fact]
    public async Task Planned_Entry_Round_Trips_Every_Field()
    {
        var entry = Entry("j1", "rec-1|delete-endpoint|InService", Start) with
        {
            ApprovedBy = "alice",
            ApprovedAt = Start.AddHours(1),
            StartedAt = Start.AddHours(2),
            CompletedAt = Start.AddHours(3),
            Reason = "grace period",
            RollbackJson = "{\"endpointConfig\":\"cfg\"}",
        };

        var (stored, created) = await Store.Journal.PlanAsync(entry);

        Assert.True(created);
        Assert.Equal(entry, stored);
        Assert.Equal(entry, await Store.Journal.GetAsync("j1"));
    }

    [Fact]
    public async Task Planning_The_Same_Action_Twice_Returns_The_First_Entry()
    {
        var (first, created) = await Store.Journal.PlanAsync(Entry("j1", "key-1", Start));
        var (second, createdAgain) = await Store.Journal.PlanAsync(Entry("j2", "key-1", Start.AddHours(1)));

        Assert.True(created);
        Assert.False(createdAgain);
        Assert.Equal(first, second);
        Assert.Null(await Store.Journal.GetAsync("j2"));
    }

    [Fact]
    public async Task Concurrent_Planners_Create_Exactly_One_Entry()
    {
        var other = await OpenAsync(migrate: false);
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            (i % 2 == 0 ? Store : other).Journal.PlanAsync(Entry("j" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "key-1", Start))));

        Assert.Equal(1, results.Count(r => r.Created));
        Assert.Single(results.Select(r => r.Entry.Id).Distinct());
        Assert.Single(await Store.Journal.ListAsync(null, 10));
    }

    [Fact]
    public async Task Transition_Succeeds_Only_From_The_Expected_State()
    {
        var (entry, _) = await Store.Journal.PlanAsync(Entry("j1", "key-1", Start));
        var started = entry with { State = JournalState.InProgress, StartedAt = Start.AddHours(1), UpdatedAt = Start.AddHours(1) };

        Assert.True(await Store.Journal.TransitionAsync(started, JournalState.Planned));
        Assert.False(await Store.Journal.TransitionAsync(started with { State = JournalState.Cancelled }, JournalState.Planned));
        Assert.False(await Store.Journal.TransitionAsync(started with { Id = "unknown" }, JournalState.InProgress));

        Assert.Equal(started, await Store.Journal.GetAsync("j1"));
    }

    [Fact]
    public async Task List_Filters_By_State_Newest_First()
    {
        await Store.Journal.PlanAsync(Entry("j1", "k1", Start));
        await Store.Journal.PlanAsync(Entry("j2", "k2", Start.AddHours(1)) with { State = JournalState.Succeeded });
        await Store.Journal.PlanAsync(Entry("j3", "k3", Start.AddHours(2)));

        Assert.Equal(["j3", "j1"], (await Store.Journal.ListAsync([JournalState.Planned], 10)).Select(e => e.Id));
        Assert.Equal(["j3", "j2", "j1"], (await Store.Journal.ListAsync(null, 10)).Select(e => e.Id));
        Assert.Equal(["j3", "j2"], (await Store.Journal.ListAsync([], 2)).Select(e => e.Id));
    }
}

/// <summary>The ActionJournal contract on a SQLite file.</summary>
public sealed class ActionJournalOnSqlite() : ActionJournalContract(new SqliteBackend());

/// <summary>The ActionJournal contract on the private PostgreSQL cluster.</summary>
[Collection(PostgresServer.CollectionName)]
public sealed class ActionJournalOnPostgreSql(PostgresServer server) : ActionJournalContract(new PostgresBackend(server));
