using System.Text.Json;
using Advisor.Host.Tests.Support;
using Advisor.Sandbox;
using Advisor.Sandbox.Generation;

namespace Advisor.Host.Tests.EndToEnd;

/// <summary><c>scan --endpoint-url</c> as a separate process, with credentials from the environment (the default chain), against a sandbox.</summary>
public sealed class ScanAgainstSandboxTests
{
    [Fact]
    public async Task Scan_With_Environment_Credentials_Finds_Every_Planted_Opportunity()
    {
        var generated = Generate(seed: 5, scale: 25);
        await using var sandbox = await SandboxServer.StartAsync(generated.Estate, generated.GroundTruth, new SandboxOptions());
        using var dir = new TempDir();

        var (exit, stdout, stderr) = await ScanAsync(sandbox, dir, SandboxCredentials.SecretAccessKey);

        Assert.True(exit == 0, stdout + stderr);
        Assert.DoesNotContain(SandboxCredentials.SecretAccessKey, stdout + stderr, StringComparison.Ordinal);
        // Every planted (analyzer, resource) pair is found, as a primary or as an alternative for the same resource, and nothing else.
        using var doc = JsonDocument.Parse(File.ReadAllText(dir.File("recommendations.json")));
        var found = doc.RootElement.GetProperty("recommendations").EnumerateArray()
            .SelectMany(r => new[] { r.GetProperty("analyzer").GetString()! }
                .Concat(r.GetProperty("alternatives").EnumerateArray().Select(a => a.GetProperty("analyzer").GetString()!))
                .Select(analyzer => analyzer + " " + r.GetProperty("resource").GetProperty("id").GetString()))
            .Order(StringComparer.Ordinal).ToList();
        var planted = generated.GroundTruth.Opportunities.Select(o => o.Analyzer + " " + o.ResourceId).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(planted, found);
        Assert.False(File.Exists(dir.File("ground-truth.json")));
    }

    [Fact]
    public async Task Scan_With_A_Wrong_Secret_Reports_The_Denied_Source_Instead_Of_An_Empty_Estate()
    {
        var generated = Generate(seed: 6, scale: 10);
        await using var sandbox = await SandboxServer.StartAsync(generated.Estate, generated.GroundTruth, new SandboxOptions());
        using var dir = new TempDir();

        var (exit, stdout, stderr) = await ScanAsync(sandbox, dir, "not-the-secret");

        Assert.True(exit == 0, stdout + stderr);
        Assert.Contains("AccessDenied", stdout, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(File.ReadAllText(dir.File("recommendations.json")));
        var source = doc.RootElement.GetProperty("scopes")[0].GetProperty("sources")[0];
        Assert.Equal("sagemaker:endpoints", source.GetProperty("source").GetString());
        Assert.Equal("AccessDenied", source.GetProperty("health").GetString());
        Assert.Empty(doc.RootElement.GetProperty("recommendations").EnumerateArray());
    }

    [Fact]
    public async Task Scan_Without_Any_Credentials_Says_So_Without_A_Stack_Trace()
    {
        using var dir = new TempDir();

        // Why: an empty HOME (no profile), no key variables, and instance metadata disabled, so nothing is asked of any network.
        var (exit, stdout, stderr) = await ProcessRunner.RunAsync("dotnet",
            [ProcessRunner.AdvisorDll(), "scan", "--endpoint-url", "http://127.0.0.1:9/", "--region", "us-east-1", "--output", dir.File("out")],
            new Dictionary<string, string?>
            {
                ["AWS_ACCESS_KEY_ID"] = null,
                ["AWS_SECRET_ACCESS_KEY"] = null,
                ["AWS_SESSION_TOKEN"] = null,
                ["AWS_PROFILE"] = null,
                ["AWS_WEB_IDENTITY_TOKEN_FILE"] = null,
                ["AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"] = null,
                ["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = null,
                ["AWS_EC2_METADATA_DISABLED"] = "true",
                ["HOME"] = dir.Path,
            });

        Assert.Equal(1, exit);
        Assert.Contains("No AWS credentials were found", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
    }

    private static GeneratedEstate Generate(int seed, int scale) => EstateGenerator.Generate(new GeneratorOptions
    {
        Seed = seed,
        Scale = scale,
        Now = GeneratorOptions.FloorToHour(DateTimeOffset.UtcNow),
    });

    /// <summary>Runs the built CLI as its own process, with credentials only in its environment (the default chain reads them).</summary>
    private static Task<(int ExitCode, string StdOut, string StdErr)> ScanAsync(SandboxServer sandbox, TempDir dir, string secretKey) =>
        ProcessRunner.RunAsync("dotnet",
            [ProcessRunner.AdvisorDll(), "scan", "--endpoint-url", sandbox.BaseUrl.ToString(), "--region", "us-east-1", "--output", dir.Path],
            new Dictionary<string, string?>
            {
                ["AWS_ACCESS_KEY_ID"] = SandboxCredentials.AccessKeyId,
                ["AWS_SECRET_ACCESS_KEY"] = secretKey,
                ["AWS_SESSION_TOKEN"] = null,
                ["AWS_PROFILE"] = null,
            });
}
