namespace Advisor.Storage.Tests.Support;

/// <summary>Where a contract test's store lives: a fresh database per test instance.</summary>
public interface IStoreBackend : IAsyncDisposable
{
    Task<StorageOptions> CreateOptionsAsync();
}

/// <summary>A SQLite file in its own temp directory, deleted afterwards.</summary>
public sealed class SqliteBackend : IStoreBackend
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "advisor-store-" + Guid.NewGuid().ToString("N")[..12]);

    public Task<StorageOptions> CreateOptionsAsync() =>
        Task.FromResult(new StorageOptions { Provider = StorageProvider.Sqlite, DataDirectory = _directory });

    public ValueTask DisposeAsync()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>A fresh database on the shared private PostgreSQL cluster.</summary>
public sealed class PostgresBackend(PostgresServer server) : IStoreBackend
{
    public async Task<StorageOptions> CreateOptionsAsync() =>
        new() { Provider = StorageProvider.PostgreSql, ConnectionString = await server.CreateDatabaseAsync() };

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
