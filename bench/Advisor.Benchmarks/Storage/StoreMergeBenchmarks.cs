using Advisor.Benchmarks.Support;
using Advisor.Storage;
using Advisor.Storage.Recommendations;
using BenchmarkDotNet.Attributes;
using Npgsql;

namespace Advisor.Benchmarks.Storage;

/// <summary>
/// The store's hot paths at the daemon's steady state: <see cref="Merge"/> of today's run (N recommendations) into a store that
/// holds yesterday's same N (most still open, ~3 % new, ~3 % resolved, a tenth re-priced), and <see cref="Query"/> (the API's
/// first page: 50 open or accepted, by savings) over the store after that merge. SQLite in a temp directory by default; set
/// <c>ADVISOR_BENCH_POSTGRES</c> to a loopback PostgreSQL connection string to measure PostgreSQL instead (its
/// recommendation tables are emptied).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class StoreMergeBenchmarks
{
    public const string PostgresVariable = "ADVISOR_BENCH_POSTGRES";

    private static readonly RecommendationQuery FirstPage = new()
    {
        Statuses = [RecommendationStatus.Open, RecommendationStatus.Accepted],
        Sort = RecommendationSort.SavingsDescending,
        Limit = 50,
    };

    private readonly string _root = Path.Combine(Path.GetTempPath(), "advisor-bench-store-" + Guid.NewGuid().ToString("N"));
    private readonly string? _postgres = Environment.GetEnvironmentVariable(PostgresVariable);
    private StoreWorkload _workload = null!;
    private AdvisorStore? _store;
    private int _iteration;

    /// <summary>Recommendations per run. Why these: a small account, a large one, and a whole organisation in one scope.</summary>
    [Params(100, 1_000, 5_000)]
    public int N { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _workload = StoreWorkload.Create(N, BenchClock.Now);
        await ResetAsync();
        var outcome = await _store!.Recommendations.MergeAsync(_workload.Current);
        Console.WriteLine(
            $"// {(_postgres is null ? "SQLite" : "PostgreSQL")}, N={N}: created {outcome.Created.Count}, resolved {outcome.Resolved.Count}, " +
            $"still open {outcome.StillOpen.Count}, reopened {outcome.Reopened.Count}");
    }

    /// <summary>Back to yesterday's state before every merge (unmeasured), so each measured merge does the same work.</summary>
    [IterationSetup(Target = nameof(Merge))]
    public void ResetForMerge() => ResetAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Benchmark]
    public Task<MergeOutcome> Merge() => _store!.Recommendations.MergeAsync(_workload.Current);

    [Benchmark]
    public Task<RecommendationPage> Query() => _store!.Recommendations.QueryAsync(FirstPage);

    /// <summary>A store holding exactly yesterday's run: a fresh SQLite file, or emptied PostgreSQL tables.</summary>
    private async Task ResetAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        var options = _postgres is null
            ? new StorageOptions { DataDirectory = Path.Combine(_root, "iteration-" + _iteration++) }
            : new StorageOptions { Provider = StorageProvider.PostgreSql, ConnectionString = LoopbackOnly(_postgres) };
        _store = await AdvisorStore.OpenMigratedAsync(options, TimeProvider.System);
        if (_postgres is not null)
        {
            await using var connection = new NpgsqlConnection(options.ConnectionString);
            await connection.OpenAsync();
            await using var delete = new NpgsqlCommand("DELETE FROM recommendation_events; DELETE FROM recommendations;", connection);
            await delete.ExecuteNonQueryAsync();
        }

        await _store.Recommendations.MergeAsync(_workload.Previous);
        if (_postgres is not null)
        {
            // Why: the reset's DELETEs leave dead tuples that autovacuum would clear in a real database; without this,
            // every iteration and later case reads through the bloat of the earlier ones (×6 on Query at N = 5,000).
            await VacuumAsync(options.ConnectionString!);
        }

        // Why: the daemon's pool is warm; the first open (and pragmas) should not land in the measured merge.
        await _store.PingAsync();
    }

    private static async Task VacuumAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        // Why one statement per command: VACUUM cannot run inside the implicit transaction of a multi-statement batch.
        foreach (var table in new[] { "recommendations", "recommendation_events" })
        {
            await using var vacuum = new NpgsqlCommand("VACUUM ANALYZE " + table, connection);
            await vacuum.ExecuteNonQueryAsync();
        }
    }

    private static string LoopbackOnly(string connectionString)
    {
        var host = new NpgsqlConnectionStringBuilder(connectionString).Host;
        // Why: a benchmark empties the recommendation tables; it must never reach a shared database.
        return host is "127.0.0.1" or "localhost" or "::1"
            ? connectionString
            : throw new InvalidOperationException($"{PostgresVariable} must point at 127.0.0.1 (its Host is not a loopback address).");
    }
}
