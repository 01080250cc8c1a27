using Advisor.Host.Daemon;
using Advisor.Host.Tests.Support;

namespace Advisor.Host.Tests.Daemon;

/// <summary>A run's working files: every scope in (snapshot or failure) before one analysis is claimed; old runs pruned.</summary>
public sealed class RunFilesTests
{
    [Fact]
    public async Task The_Analysis_Is_Claimed_Once_After_Every_Scope_Is_In()
    {
        using var dir = new TempDir();
        var files = new RunFiles(dir.Path);
        (string?, string)[] scopes = [("111111111111", "us-east-1"), ("111111111111", "eu-west-1")];

        await files.WriteFailureAsync("run-1", "111111111111", "us-east-1", "boom", CancellationToken.None);
        Assert.False(files.AllScopesIn("run-1", scopes));
        await files.WriteFailureAsync("run-1", "111111111111", "eu-west-1", "boom too", CancellationToken.None);

        Assert.True(files.AllScopesIn("run-1", scopes));
        Assert.True(files.TryClaimAnalysis("run-1"));
        Assert.False(files.TryClaimAnalysis("run-1"));
        Assert.Equal("boom", files.ReadFailures("run-1")[RunFiles.ScopeKey("111111111111", "us-east-1")]);
    }

    [Fact]
    public async Task Prune_Keeps_The_Newest_Runs()
    {
        using var dir = new TempDir();
        var files = new RunFiles(dir.Path);
        foreach (var run in new[] { "run-20261101-000000-aaaaaa", "run-20261102-000000-bbbbbb", "run-20261103-000000-cccccc" })
        {
            await files.WriteFailureAsync(run, null, "us-east-1", "x", CancellationToken.None);
        }

        Assert.Equal(1, files.Prune(keep: 2));
        Assert.False(Directory.Exists(files.RunDirectory("run-20261101-000000-aaaaaa")));
        Assert.True(Directory.Exists(files.RunDirectory("run-20261103-000000-cccccc")));
    }
}
