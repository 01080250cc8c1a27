using Advisor.Storage.Tests.Support;

namespace Advisor.Storage.Tests;

/// <summary>Migrations are idempotent and safe when two processes start together; the same cases on SQLite and PostgreSQL.</summary>
public abstract class MigrationContract(IStoreBackend backend) : StoreContract(backend)
{
    [Fact]
    public async Task Migrating_Twice_Keeps_The_Data_And_Applies_Nothing_New()
    {
        await Store.Recommendations.MergeAsync(Sample.Run("r1", Start, [Sample.Item("ep-a", 10m)], Sample.Scope()));

        await Store.MigrateAsync();
        var again = await OpenAsync(migrate: true);

        Assert.NotNull(await again.Recommendations.GetAsync(Sample.IdOf("ep-a")));
        Assert.True(await again.PingAsync());
    }

    [Fact]
    public async Task Two_Stores_Migrating_A_Fresh_Database_At_Once_Both_Succeed()
    {
        // The base class already migrated its own database; these two share a second, fresh one.
        var fresh = await OpenFreshPairAsync();

        await Task.WhenAll(fresh.First.MigrateAsync(), fresh.Second.MigrateAsync());

        await fresh.First.Recommendations.MergeAsync(Sample.Run("r1", Start, [Sample.Item("ep-a", 10m)], Sample.Scope()));
        Assert.NotNull(await fresh.Second.Recommendations.GetAsync(Sample.IdOf("ep-a")));
    }

    /// <summary>Two unmigrated stores on a new database of this backend.</summary>
    protected abstract Task<(AdvisorStore First, AdvisorStore Second)> OpenFreshPairAsync();
}

/// <summary>The Migration contract on a SQLite file.</summary>
public sealed class MigrationOnSqlite() : MigrationContract(new SqliteBackend())
{
    protected override async Task<(AdvisorStore First, AdvisorStore Second)> OpenFreshPairAsync()
    {
        var options = await Own(new SqliteBackend()).CreateOptionsAsync();
        return (Own(AdvisorStore.Open(options, Clock)), Own(AdvisorStore.Open(options, Clock)));
    }
}

/// <summary>The Migration contract on the private PostgreSQL cluster.</summary>
[Collection(PostgresServer.CollectionName)]
public sealed class MigrationOnPostgreSql(PostgresServer server) : MigrationContract(new PostgresBackend(server))
{
    protected override async Task<(AdvisorStore First, AdvisorStore Second)> OpenFreshPairAsync()
    {
        var options = new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = await server.CreateDatabaseAsync() };
        return (Own(AdvisorStore.Open(options, Clock)), Own(AdvisorStore.Open(options, Clock)));
    }
}
