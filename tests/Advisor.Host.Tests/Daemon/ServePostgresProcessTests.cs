using System.Net;
using Advisor.Host.Tests.Support;
using Advisor.Storage.Tests.Support;
using Npgsql;

namespace Advisor.Host.Tests.Daemon;

/// <summary><c>serve --sandbox</c> on PostgreSQL: store, Hangfire queue and Quartz's clustered job store all in one database.</summary>
[Collection(PostgresServer.CollectionName)]
public sealed class ServePostgresProcessTests(PostgresServer postgres)
{
    [Fact]
    public async Task Serve_On_PostgreSql_Runs_A_Cycle_Persists_Quartz_Triggers_And_Keeps_History_Across_A_Restart()
    {
        using var dir = new TempDir();
        var data = dir.File("data");
        var connectionString = await postgres.CreateDatabaseAsync("daemon");
        var environment = new Dictionary<string, string?>
        {
            ["ADVISOR_Storage__Provider"] = "PostgreSql",
            ["ADVISOR_Storage__ConnectionString"] = connectionString,
            ["ADVISOR_Daemon__Sandbox__Scale"] = "10",
        };

        string firstRunId;
        // Why --verbose: Information logs (Hangfire and Quartz describe their storage at start) must not leak the connection string either.
        using (var daemon = DaemonProcess.Start(data, environment, "--verbose"))
        {
            firstRunId = await ServeProcessTests.WaitForSucceededRunAsync(daemon, data);
            Assert.DoesNotContain(connectionString, daemon.Output, StringComparison.Ordinal);
            Assert.Contains("Run run-", daemon.Output, StringComparison.Ordinal); // the verbose log is really there
            daemon.Kill();
        }

        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var triggers = new NpgsqlCommand("SELECT count(*) FROM qrtz_cron_triggers", connection);
            Assert.Equal(3L, (long)(await triggers.ExecuteScalarAsync())!); // scan, weekly report, remediation check
            await using var jobs = new NpgsqlCommand("SELECT count(*) FROM hangfire.job", connection);
            Assert.True((long)(await jobs.ExecuteScalarAsync())! >= 2, "the collect and analyse jobs went through PostgreSQL");
        }

        environment["ADVISOR_Daemon__RunOnStart"] = "false";
        using (var daemon = DaemonProcess.Start(data, environment))
        {
            string? body = null;
            await daemon.WaitUntilAsync(async () =>
            {
                var (status, text) = await daemon.GetAsync("/readyz");
                body = text;
                return status == HttpStatusCode.OK;
            }, "/readyz after the restart");
            Assert.Contains(firstRunId, body, StringComparison.Ordinal);
        }
    }
}
