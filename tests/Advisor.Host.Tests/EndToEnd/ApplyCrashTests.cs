using System.Diagnostics;
using Advisor.Host.Tests.Support;
using Advisor.Sandbox;
using Advisor.Sandbox.Generation;
using Advisor.Storage;
using Advisor.Storage.Journal;

namespace Advisor.Host.Tests.EndToEnd;

/// <summary><c>apply</c> killed with SIGKILL in the middle of a DeleteEndpoint, then run again: every action happens once.</summary>
public sealed class ApplyCrashTests
{
    [Fact]
    public async Task An_Apply_Killed_Mid_Delete_And_Run_Again_Deletes_Each_Tagged_Idle_Endpoint_Once_And_Keeps_Configs()
    {
        using var dir = new TempDir();
        var policy = dir.File("policy.yaml");
        File.WriteAllText(policy, """
            Enabled: true
            PollInterval: "00:00:00"
            Kinds:
              delete-endpoint: { Enabled: true, DryRun: false, MaxActionsPerRun: 50 }
            """);
        var generated = EstateGenerator.Generate(new GeneratorOptions { Seed = 3, Now = GeneratorOptions.FloorToHour(DateTimeOffset.UtcNow) });
        await using var sandbox = await SandboxServer.StartAsync(generated.Estate, generated.GroundTruth, new SandboxOptions());
        var tagged = sandbox.Estate.Endpoints.Where(e => e.Tags.GetValueOrDefault("advisor:auto-apply") == "true").ToList();

        // Why: the delay holds the first DeleteEndpoint open long enough to kill the process while the call is in flight.
        sandbox.Faults.Add(new FaultRule { Operation = "SageMaker.DeleteEndpoint", Kind = FaultKind.Delay, DelayMs = 15_000, Count = 1 });
        using (var victim = Start(sandbox, policy, dir.Path))
        {
            while (sandbox.Stats.Snapshot().CallsOf("SageMaker.DeleteEndpoint") == 0)
            {
                Assert.False(victim.HasExited, "apply finished before its first DeleteEndpoint: " + await victim.StandardOutput.ReadToEndAsync());
                await Task.Delay(50);
            }

            victim.Kill(entireProcessTree: true);
            await victim.WaitForExitAsync();
        }

        sandbox.Faults.Clear();
        var second = await RunAsync(sandbox, policy, dir.Path);
        var afterSecond = sandbox.Stats.Snapshot().CallsOf("SageMaker.DeleteEndpoint");
        var third = await RunAsync(sandbox, policy, dir.Path);

        Assert.True(second.ExitCode == 0, second.StdOut + second.StdErr);
        Assert.True(third.ExitCode == 0, third.StdOut + third.StdErr);
        Assert.All(tagged, e => Assert.DoesNotContain(sandbox.Estate.Endpoints, x => x.Name == e.Name));
        Assert.All(tagged, e => Assert.Contains(sandbox.Estate.EndpointConfigs, c => c.Name == e.ConfigName));
        Assert.Contains(sandbox.Estate.Endpoints, e => e.Tags.GetValueOrDefault("advisor:auto-apply") == "false");

        // The killed call may still land once its delay ends (the sandbox need not notice the dropped connection); either way the
        // re-run sees what AWS says and never deletes an endpoint twice, and a third run deletes nothing more.
        Assert.InRange(afterSecond, tagged.Count, tagged.Count + 1);
        Assert.Equal(afterSecond, sandbox.Stats.Snapshot().CallsOf("SageMaker.DeleteEndpoint"));
        await using var store = await AdvisorStore.OpenMigratedAsync(new StorageOptions { DataDirectory = dir.Path }, TimeProvider.System);
        var journal = await store.Journal.ListAsync(null, 1000);
        Assert.Equal(tagged.Select(e => e.Name).Order(), journal.Where(e => e.State == JournalState.Succeeded).Select(e => e.Resource.Id).Order());
        Assert.DoesNotContain(journal, e => e.State is JournalState.InProgress or JournalState.Failed);
    }

    private static Process Start(SandboxServer sandbox, string policy, string dataDir)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in Args(sandbox, policy, dataDir))
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in Environment(sandbox))
        {
            info.Environment[key] = value;
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start apply");
    }

    private static Task<(int ExitCode, string StdOut, string StdErr)> RunAsync(SandboxServer sandbox, string policy, string dataDir) =>
        ProcessRunner.RunAsync("dotnet", Args(sandbox, policy, dataDir), Environment(sandbox));

    private static string[] Args(SandboxServer sandbox, string policy, string dataDir) =>
    [
        ProcessRunner.AdvisorDll(), "apply", "--endpoint-url", sandbox.BaseUrl.ToString(), "--region", sandbox.Estate.Region,
        "--policy", policy, "--data-dir", dataDir,
    ];

    private static Dictionary<string, string?> Environment(SandboxServer sandbox) => new()
    {
        ["AWS_ACCESS_KEY_ID"] = SandboxCredentials.AccessKeyId,
        ["AWS_SECRET_ACCESS_KEY"] = SandboxCredentials.SecretAccessKey,
        ["AWS_DEFAULT_REGION"] = sandbox.Estate.Region,
        ["COLUMNS"] = "200",
    };
}
