using Microsoft.Data.Sqlite;

namespace Advisor.Storage.Tests;

/// <summary>Where the SQLite file lives and how it is opened, and readiness when the database is unreachable.</summary>
public sealed class StoreFileAndPingTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "advisor-file-" + Guid.NewGuid().ToString("N")[..12], "nested");

    [Fact]
    public async Task Sqlite_Store_Creates_Its_Directory_And_A_Wal_Database_File()
    {
        await using (var store = await AdvisorStore.OpenMigratedAsync(new StorageOptions { DataDirectory = _directory }, TimeProvider.System))
        {
            Assert.Equal(StorageProvider.Sqlite, store.Provider);
        }

        var file = Path.Combine(_directory, "advisor.db");
        Assert.True(File.Exists(file));
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        command.CommandText = "SELECT COUNT(*) FROM schema_version";
        Assert.Equal(1L, (long?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Ping_Is_False_When_PostgreSql_Is_Unreachable()
    {
        // Why port 1: nothing listens there on a test machine, so the connection is refused at once.
        var options = new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = "Host=127.0.0.1;Port=1;Username=x;Timeout=2" };
        await using var store = AdvisorStore.Open(options, TimeProvider.System);

        Assert.False(await store.PingAsync());
    }

    public void Dispose()
    {
        var root = Path.GetDirectoryName(_directory)!;
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
