using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Advisor.Aws;
using Advisor.Aws.Credentials;
using Advisor.Host.Tests.Daemon;
using Advisor.Host.Tests.Support;
using Advisor.Sandbox;
using Advisor.Sandbox.Generation;
using Microsoft.Extensions.Logging.Abstractions;

namespace Advisor.Host.Tests.Remediation;

/// <summary>
/// <c>serve --sandbox</c> with a policy that deletes tagged idle endpoints: after the first cycle the journal, the API and the
/// report show exactly those deletions with their savings, a viewer cannot approve, and an admin can roll one back.
/// </summary>
public sealed partial class ServeRemediationProcessTests
{
    private const string ViewerToken = "test-viewer-token-0123456789abcdef";
    private const int Seed = 1;
    private const int Scale = 40;

    [Fact]
    public async Task Serve_Deletes_Exactly_The_Tagged_Idle_Endpoints_Once_Reports_Them_And_Lets_An_Admin_Roll_One_Back()
    {
        using var dir = new TempDir();
        var data = dir.File("data");
        // Why the same seed, scale and hour: the generator is deterministic, so this is the estate the daemon's sandbox serves.
        var estate = EstateGenerator.Generate(new GeneratorOptions { Seed = Seed, Scale = Scale, Now = GeneratorOptions.FloorToHour(DateTimeOffset.UtcNow) }).Estate;
        var tagged = estate.Endpoints.Where(e => e.Tags.GetValueOrDefault("advisor:auto-apply") == "true").Select(e => e.Name).Order(StringComparer.Ordinal).ToList();
        Assert.True(tagged.Count >= 2, "the generated estate should opt several idle endpoints in: " + string.Join(", ", tagged));

        using var daemon = DaemonProcess.Start(data, Environment());
        await ServeProcessTests.WaitForSucceededRunAsync(daemon, data);

        // The journal: one Succeeded, real (not dry-run) delete per tagged idle endpoint, each with its savings.
        List<JsonElement> succeeded = [];
        await daemon.WaitUntilAsync(async () =>
        {
            var (status, body) = await daemon.GetAsync("/api/actions?state=Succeeded", DaemonProcess.AdminToken);
            succeeded = status == HttpStatusCode.OK ? [.. JsonDocument.Parse(body).RootElement.EnumerateArray().Select(e => e.Clone())] : [];
            return succeeded.Count >= tagged.Count;
        }, "the succeeded actions");
        Assert.Equal(tagged, succeeded.Select(e => e.GetProperty("resource").GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(succeeded, e =>
        {
            Assert.Equal("delete-endpoint", e.GetProperty("actionKind").GetString());
            Assert.False(e.GetProperty("dryRun").GetBoolean());
            Assert.True(e.GetProperty("monthlySavings").GetDecimal() > 0m);
        });
        var (allStatus, all) = await daemon.GetAsync("/api/actions", DaemonProcess.AdminToken);
        Assert.Equal(HttpStatusCode.OK, allStatus);
        Assert.DoesNotContain("\"Failed\"", all, StringComparison.Ordinal);
        Assert.DoesNotContain("\"InProgress\"", all, StringComparison.Ordinal);

        // The endpoints are gone from the sandbox, their configs stay; the opted-out endpoint is untouched.
        var sandboxUrl = SandboxUrlOf(daemon.Output);
        var sageMaker = SandboxSageMaker(sandboxUrl, estate.Region);
        Assert.Equal(tagged.Count, await DeleteEndpointCallsAsync(daemon, sandboxUrl));
        foreach (var name in tagged)
        {
            await Assert.ThrowsAnyAsync<Exception>(() => sageMaker.DescribeEndpointAsync(name));
            var config = estate.Endpoints.Single(e => e.Name == name).ConfigName;
            Assert.Equal(config, (await sageMaker.DescribeEndpointConfigAsync(config)).EndpointConfigName);
        }

        // The recommendations the actions carried out are Applied.
        var (appliedStatus, applied) = await daemon.GetAsync("/api/recommendations?status=applied&pageSize=200", DaemonProcess.AdminToken);
        Assert.Equal(HttpStatusCode.OK, appliedStatus);
        Assert.Equal(succeeded.Select(e => e.GetProperty("recommendationId").GetString()!).Order(StringComparer.Ordinal),
            JsonDocument.Parse(applied).RootElement.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));

        // The first report, published after the run's actions, lists them with the realised total.
        string report = "";
        await daemon.WaitUntilAsync(async () =>
        {
            var (status, body) = await daemon.GetAsync("/api/reports/latest.md", DaemonProcess.AdminToken);
            report = body;
            return status == HttpStatusCode.OK;
        }, "the first report");
        Assert.Contains("## Actions", report, StringComparison.Ordinal);
        Assert.Contains($"by {tagged.Count} succeeded action(s)", report, StringComparison.Ordinal);
        Assert.All(succeeded, e => Assert.Contains($"| {e.GetProperty("id").GetString()} | delete-endpoint |", report, StringComparison.Ordinal));

        var (_, metrics) = await daemon.GetAsync("/metrics");
        Assert.Contains($"advisor_remediation_actions_total{{kind=\"delete-endpoint\",state=\"Succeeded\"}} {tagged.Count}", metrics, StringComparison.Ordinal);

        // A viewer may read the journal but not approve; an admin rolls one back and the endpoint exists again.
        var first = succeeded[0];
        var id = first.GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await daemon.GetAsync("/api/actions", ViewerToken)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(daemon, $"/api/actions/{id}/approve", ViewerToken)).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(daemon, $"/api/actions/{id}/approve", DaemonProcess.AdminToken)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(daemon, $"/api/actions/{id}/rollback", ViewerToken)).Status);
        var (rolledStatus, rolled) = await PostAsync(daemon, $"/api/actions/{id}/rollback", DaemonProcess.AdminToken);
        Assert.Equal(HttpStatusCode.OK, rolledStatus);
        Assert.Equal("RolledBack", JsonDocument.Parse(rolled).RootElement.GetProperty("state").GetString());
        var restored = first.GetProperty("resource").GetProperty("id").GetString()!;
        Assert.Equal(restored, (await sageMaker.DescribeEndpointAsync(restored)).EndpointName);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(daemon, "/api/actions/act-unknown/rollback", DaemonProcess.AdminToken)).Status);
        Assert.Equal(tagged.Count, await DeleteEndpointCallsAsync(daemon, sandboxUrl));

        var (_, audit) = await daemon.GetAsync("/api/audit", DaemonProcess.AdminToken);
        Assert.Contains("action.rollback", audit, StringComparison.Ordinal);
        Assert.Contains("action.approve", audit, StringComparison.Ordinal);
        Assert.DoesNotContain(ViewerToken, daemon.Output, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Environment() => new()
    {
        ["ADVISOR_Daemon__Sandbox__Seed"] = Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["ADVISOR_Daemon__Sandbox__Scale"] = Scale.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["ADVISOR_Remediation__Enabled"] = "true",
        ["ADVISOR_Remediation__PollInterval"] = "00:00:00",
        ["ADVISOR_Remediation__Kinds__delete-endpoint__Enabled"] = "true",
        ["ADVISOR_Remediation__Kinds__delete-endpoint__DryRun"] = "false",
        ["ADVISOR_Remediation__Kinds__delete-endpoint__MaxActionsPerRun"] = "50",
        ["ADVISOR_Remediation__Kinds__delete-endpoint__GracePeriod"] = "00:00:00",
        ["ADVISOR_Api__Tokens__0__Name"] = "viewer-1",
        ["ADVISOR_Api__Tokens__0__Role"] = "viewer",
        ["ADVISOR_Api__Tokens__0__Token"] = ViewerToken,
    };

    private static async Task<(HttpStatusCode Status, string Body)> PostAsync(DaemonProcess daemon, string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        request.Headers.Authorization = new("Bearer", token);
        using var response = await daemon.Http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The daemon's embedded sandbox, whose URL serve prints at start.</summary>
    private static Uri SandboxUrlOf(string output)
    {
        var match = SandboxUrl().Match(output);
        Assert.True(match.Success, "the daemon did not print its sandbox's URL:\n" + output);
        return new Uri(match.Groups[1].Value);
    }

    private static Aws.SageMaker.ISageMakerApi SandboxSageMaker(Uri sandbox, string region) =>
        new AwsClientFactory(new StaticCredentialSource(SandboxCredentials.AccessKeyId, SandboxCredentials.SecretAccessKey),
            new HttpClient(), NullLoggerFactory.Instance, TimeProvider.System).CreateSageMaker(region, sandbox);

    private static async Task<long> DeleteEndpointCallsAsync(DaemonProcess daemon, Uri sandbox)
    {
        using var stats = JsonDocument.Parse(await daemon.Http.GetStringAsync(new Uri(sandbox, "_sandbox/stats")));
        return stats.RootElement.GetProperty("calls").TryGetProperty("SageMaker.DeleteEndpoint", out var n) ? n.GetInt64() : 0;
    }

    [GeneratedRegex("Embedded sandbox at (http://127\\.0\\.0\\.1:\\d+/)")]
    private static partial Regex SandboxUrl();
}
