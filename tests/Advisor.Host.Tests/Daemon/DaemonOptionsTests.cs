using Advisor.Host.Daemon;
using Advisor.Host.Tests.Support;

namespace Advisor.Host.Tests.Daemon;

/// <summary>Bad daemon configuration stops <c>serve</c> with one message that names the key, never a stack trace.</summary>
public sealed class DaemonOptionsTests
{
    [Fact]
    public void Defaults_Are_Valid()
    {
        Assert.True(new DaemonOptionsValidator().Validate(null, new DaemonOptions()).Succeeded);
    }

    [Theory]
    [InlineData("every six hours", "Daemon:Schedules:Scan")]
    [InlineData("0 0 25 * * ?", "Daemon:Schedules:Scan")]
    [InlineData("", "Daemon:Schedules:Scan")]
    public void A_Bad_Scan_Cron_Names_Its_Key(string cron, string key)
    {
        var result = new DaemonOptionsValidator().Validate(null, new DaemonOptions { Schedules = new ScheduleOptions { Scan = cron } });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith(key, StringComparison.Ordinal));
    }

    [Fact]
    public void A_Bad_Remediation_Check_Cron_Names_Its_Key()
    {
        var result = new DaemonOptionsValidator().Validate(null, new DaemonOptions { Schedules = new ScheduleOptions { Remediation = "every five minutes" } });

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith("Daemon:Schedules:Remediation", StringComparison.Ordinal));
    }

    [Fact]
    public void A_Bad_Url_And_Worker_Count_Name_Their_Keys()
    {
        var result = new DaemonOptionsValidator().Validate(null, new DaemonOptions { Urls = "127.0.0.1:5080", Jobs = new JobOptions { WorkerCount = 0 } });

        Assert.Contains(result.Failures!, f => f.StartsWith("Daemon:Urls", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Daemon:Jobs:WorkerCount", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Serve_With_A_Bad_Report_Cron_Exits_1_With_The_Key_And_No_Stack_Trace()
    {
        using var dir = new TempDir();
        var config = dir.File("bad.json");
        await File.WriteAllTextAsync(config, """{ "Daemon": { "Schedules": { "Report": "0 0 7 ? * FUNDAY" } } }""");

        var (exit, output) = await CliRun.RunAsync("serve", "--sandbox", "--config", config, "--data-dir", dir.File("data"), "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, exit);
        Assert.Contains("Daemon:Schedules:Report", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_With_A_Bad_Url_Exits_1_With_The_Key()
    {
        using var dir = new TempDir();

        var (exit, output) = await CliRun.RunAsync("serve", "--urls", "not a url", "--data-dir", dir.File("data"));

        Assert.Equal(1, exit);
        Assert.Contains("Daemon:Urls", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_On_PostgreSql_Without_A_Connection_String_Names_The_Key()
    {
        using var dir = new TempDir();
        var config = dir.File("pg.json");
        await File.WriteAllTextAsync(config, """{ "Storage": { "Provider": "PostgreSql" } }""");

        var (exit, output) = await CliRun.RunAsync("serve", "--config", config, "--data-dir", dir.File("data"), "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, exit);
        Assert.Contains("Storage:ConnectionString", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_On_An_Unreachable_Database_Exits_1_With_One_Line_And_No_Password()
    {
        using var dir = new TempDir();
        var config = dir.File("pg.json");
        // Why port 9 (discard): nothing listens there on a test machine, so the connection is refused at once.
        await File.WriteAllTextAsync(config, """{ "Storage": { "Provider": "PostgreSql", "ConnectionString": "Host=127.0.0.1;Port=9;Username=a;Password=hunter2-secret;Timeout=3" } }""");

        var (exit, output) = await CliRun.RunAsync("serve", "--config", config, "--data-dir", dir.File("data"), "--urls", "http://127.0.0.1:0");

        Assert.Equal(1, exit);
        Assert.Contains("could not start", output, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2-secret", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }
}
