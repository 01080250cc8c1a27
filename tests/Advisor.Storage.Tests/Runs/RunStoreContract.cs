using Advisor.Storage.Runs;
using Advisor.Storage.Tests.Support;

namespace Advisor.Storage.Tests.Runs;

/// <summary>Runs: start, update, list, abandon; the same cases on SQLite and PostgreSQL.</summary>
public abstract class RunStoreContract(IStoreBackend backend) : StoreContract(backend)
{
    private static RunRecord Running(string id, DateTimeOffset at) =>
        new() { Id = id, StartedAt = at, State = RunState.Running, Trigger = "schedule", RequestedBy = "scheduler" };

    [Fact]
    public async Task Started_Run_Is_Updated_With_Its_Scopes_And_Totals()
    {
        await Store.Runs.StartAsync(Running("r1", Start));
        var source = new SourceHealthSummary("CloudWatch", "AccessDenied", "cloudwatch:GetMetricData denied");
        var scope = new ScopeRunSummary("123456789012", "us-east-1", Start.AddDays(-14), Start, 42, [source], Error: "partial");
        var finished = Running("r1", Start) with
        {
            State = RunState.PartiallySucceeded,
            FinishedAt = Start.AddMinutes(3),
            Scopes = [scope],
            Recommendations = 7,
            Created = 3,
            Resolved = 1,
            TotalMonthlySavings = 12345.67m,
            Error = "CloudWatch access denied in us-east-1",
        };

        await Store.Runs.UpdateAsync(finished);
        var stored = await Store.Runs.GetAsync("r1");

        Assert.NotNull(stored);
        Assert.Equal(RunState.PartiallySucceeded, stored.State);
        Assert.Equal(Start.AddMinutes(3), stored.FinishedAt);
        Assert.Equal(12345.67m, stored.TotalMonthlySavings);
        Assert.Equal((7, 3, 1), (stored.Recommendations, stored.Created, stored.Resolved));
        var storedScope = Assert.Single(stored.Scopes);
        Assert.Equal(scope with { Sources = [] }, storedScope with { Sources = [] });
        Assert.Equal(source, Assert.Single(storedScope.Sources));
        Assert.Equal("CloudWatch access denied in us-east-1", stored.Error);
    }

    [Fact]
    public async Task Runs_Are_Listed_Newest_First_Up_To_The_Limit()
    {
        await Store.Runs.StartAsync(Running("r1", Start));
        await Store.Runs.StartAsync(Running("r3", Start.AddHours(2)));
        await Store.Runs.StartAsync(Running("r2", Start.AddHours(1)));

        var runs = await Store.Runs.ListAsync(2);

        Assert.Equal(["r3", "r2"], runs.Select(r => r.Id));
    }

    [Fact]
    public async Task Running_Runs_Are_Abandoned_At_Start()
    {
        await Store.Runs.StartAsync(Running("r1", Start));
        await Store.Runs.StartAsync(Running("r2", Start.AddHours(1)));
        await Store.Runs.UpdateAsync(Running("r2", Start.AddHours(1)) with { State = RunState.Succeeded, FinishedAt = Start.AddHours(2) });

        var abandoned = await Store.Runs.AbandonRunningAsync(Start.AddHours(5));

        Assert.Equal(1, abandoned);
        var r1 = await Store.Runs.GetAsync("r1");
        Assert.Equal(RunState.Abandoned, r1!.State);
        Assert.Equal(Start.AddHours(5), r1.FinishedAt);
        Assert.Equal(RunState.Succeeded, (await Store.Runs.GetAsync("r2"))!.State);
    }

    [Fact]
    public async Task Unknown_Run_Is_Null_And_Cannot_Be_Updated()
    {
        Assert.Null(await Store.Runs.GetAsync("nope"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.Runs.UpdateAsync(Running("nope", Start)));
    }
}

/// <summary>The RunStore contract on a SQLite file.</summary>
public sealed class RunStoreOnSqlite() : RunStoreContract(new SqliteBackend());

/// <summary>The RunStore contract on the private PostgreSQL cluster.</summary>
[Collection(PostgresServer.CollectionName)]
public sealed class RunStoreOnPostgreSql(PostgresServer server) : RunStoreContract(new PostgresBackend(server));
