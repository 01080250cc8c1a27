using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Advisor.Storage.Tests.Support;

/// <summary>
/// A private, throw-away PostgreSQL cluster for tests: <c>initdb</c> into a temp directory, <c>pg_ctl start</c> on a free
/// 127.0.0.1 port, a fresh database per caller (<see cref="CreateDatabaseAsync"/>), stopped and deleted on dispose.
/// Runs the server binaries as the <c>postgres</c> OS user when the tests run as root. Self-contained (BCL + Npgsql) so other
/// test projects can link this file; use it as a collection fixture through <see cref="PostgresServerDefinition"/>.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string CollectionName = "PostgreSQL server";

    private const string SuperUser = "postgres";
    private int _databases;
    private string _root = "";
    private string _dataDirectory = "";
    private string _binDirectory = "";

    public int Port { get; private set; }

    /// <summary>Connection string of the <c>postgres</c> maintenance database.</summary>
    public string AdminConnectionString => ConnectionString("postgres");

    public async Task InitializeAsync()
    {
        _binDirectory = FindBinDirectory();
        _root = Path.Combine(Path.GetTempPath(), "advisor-pg-" + Guid.NewGuid().ToString("N")[..12]);
        _dataDirectory = Path.Combine(_root, "data");
        try
        {
            var socketDirectory = Path.Combine(_root, "sock");
            Directory.CreateDirectory(socketDirectory);
            if (IsRoot)
            {
                await RunAsync("chown", ["-R", SuperUser + ":" + SuperUser, _root], asPostgres: false);
            }

            await RunAsync(Path.Combine(_binDirectory, "initdb"),
                ["-D", _dataDirectory, "-U", SuperUser, "-A", "trust", "-E", "UTF8", "--no-sync", "--no-locale"], asPostgres: true);
            Port = FreePort();
            // Why: fsync/synchronous_commit off — a test cluster is thrown away, durability only costs time.
            var serverOptions = string.Join(' ',
                "-p", Port.ToString(CultureInfo.InvariantCulture), "-k", socketDirectory,
                "-c", "listen_addresses=127.0.0.1", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off");
            await RunAsync(Path.Combine(_binDirectory, "pg_ctl"),
                ["start", "-w", "-D", _dataDirectory, "-l", Path.Combine(_root, "server.log"), "-o", serverOptions], asPostgres: true);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            var logPath = Path.Combine(_root, "server.log");
            var log = File.Exists(logPath) ? File.ReadAllText(logPath) : "";
            // Why: xunit does not dispose a fixture whose initialisation failed; leave no cluster directory behind.
            if (Directory.Exists(_root))
            {
                Directory.Delete(_root, recursive: true);
            }

            _dataDirectory = "";
            throw new InvalidOperationException("The private PostgreSQL test cluster did not start: " + ex.Message + "\n" + log, ex);
        }
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "advisor")
    {
        var name = prefix.ToLowerInvariant() + "_" + Interlocked.Increment(ref _databases).ToString(CultureInfo.InvariantCulture);
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("CREATE DATABASE \"" + name + "\"", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Database = database,
        // Why: tests open many short-lived stores; small pools keep the server under its default 100 connections.
        MaxPoolSize = 10,
    }.ToString();

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_dataDirectory.Length > 0 && Directory.Exists(_dataDirectory))
        {
            try
            {
                await RunAsync(Path.Combine(_binDirectory, "pg_ctl"), ["stop", "-m", "fast", "-w", "-D", _dataDirectory], asPostgres: true);
            }
            finally
            {
                Directory.Delete(_root, recursive: true);
            }
        }
    }

    private static bool IsRoot => string.Equals(Environment.UserName, "root", StringComparison.Ordinal);

    private static string FindBinDirectory()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("ADVISOR_PG_BIN");
        if (!string.IsNullOrEmpty(fromEnvironment) && File.Exists(Path.Combine(fromEnvironment, "initdb")))
        {
            return fromEnvironment;
        }

        const string Root = "/usr/lib/postgresql";
        var candidates = Directory.Exists(Root)
            ? Directory.GetDirectories(Root)
                .Select(d => Path.Combine(d, "bin"))
                .Where(b => File.Exists(Path.Combine(b, "initdb")) && File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderByDescending(b => int.TryParse(Path.GetFileName(Path.GetDirectoryName(b)), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0)
                .ToList()
            : [];
        return candidates.Count > 0
            ? candidates[0]
            : throw new InvalidOperationException(
                "PostgreSQL server binaries (initdb, pg_ctl) were not found under /usr/lib/postgresql/*/bin: install Debian's postgresql package "
                + "(or set ADVISOR_PG_BIN to the directory holding initdb).");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asPostgres)
    {
        var info = new ProcessStartInfo
        {
            FileName = asPostgres && IsRoot ? "runuser" : program,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asPostgres && IsRoot)
        {
            foreach (var prefix in new[] { "-u", SuperUser, "--", program })
            {
                info.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start " + program + ".");
        // Why: drain both pipes so a chatty initdb never blocks; only exit is awaited, in case a started server inherited a pipe.
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            // Why 10 s: the process has exited; its output is complete unless a child still holds the pipe.
            var output = await Task.WhenAll(stdout, stderr).WaitAsync(TimeSpan.FromSeconds(10));
            throw new InvalidOperationException(
                Path.GetFileName(program) + " exited with " + process.ExitCode.ToString(CultureInfo.InvariantCulture) + ": " + string.Join('\n', output).Trim());
        }
    }
}

/// <summary>The xunit collection sharing one <see cref="PostgresServer"/> across test classes.</summary>
[CollectionDefinition(PostgresServer.CollectionName)]
public sealed class PostgresServerDefinition : ICollectionFixture<PostgresServer>;
