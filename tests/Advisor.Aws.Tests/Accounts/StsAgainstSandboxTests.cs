using Advisor.Aws.Accounts;
using Advisor.Aws.Credentials;
using Advisor.Aws.Errors;
using Advisor.Aws.SageMaker;
using Advisor.Aws.Tests.AgainstSandbox;
using Advisor.Sandbox;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Advisor.Aws.Tests.Accounts;

/// <summary>AssumeRole and scope planning against the sandbox's STS: issued session keys are accepted by the other services.</summary>
public sealed class StsAgainstSandboxTests
{
    private static readonly StaticCredentialSource BaseKeys = new(SandboxCredentials.AccessKeyId, SandboxCredentials.SecretAccessKey);

    [Fact]
    public async Task Assumed_Role_Credentials_Are_Session_Keys_That_Work_Against_SageMaker()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: 2, scale: 7);
        var estate = sandbox.Generated.Estate;
        using var assumed = new AssumeRoleCredentialSource(
            BaseKeys, new AssumeRoleTarget(AssumeRoleTarget.RoleArnFor(estate.AccountId, "AdvisorRead"), "advisor-test"),
            new StsEndpoint(estate.Region, sandbox.Server.BaseUrl), TimeProvider.System);

        var keys = await assumed.GetCredentialsAsync(CancellationToken.None);
        var endpoints = await sandbox.Factory(assumed).CreateSageMaker(estate.Region, sandbox.Server.BaseUrl)
            .ListEndpointsAsync(new ListEndpointsRequest(MaxResults: 100), CancellationToken.None);

        Assert.StartsWith("ASIA", keys.AccessKey, StringComparison.Ordinal);
        Assert.True(keys.UseToken);
        Assert.Equal(7, endpoints.Endpoints.Count);
        Assert.Equal(1, sandbox.Server.Stats.Snapshot().CallsOf("Sts.AssumeRole"));
    }

    [Fact]
    public async Task Credentials_Are_Reused_Until_Five_Minutes_Before_Expiry_Then_Refreshed()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: 2, scale: 1);
        var estate = sandbox.Generated.Estate;
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var assumed = new AssumeRoleCredentialSource(
            BaseKeys, new AssumeRoleTarget(AssumeRoleTarget.RoleArnFor(estate.AccountId, "AdvisorRead"), "advisor-test"),
            new StsEndpoint(estate.Region, sandbox.Server.BaseUrl), clock);

        var first = await assumed.GetCredentialsAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(50));
        var reused = await assumed.GetCredentialsAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(6));
        var refreshed = await assumed.GetCredentialsAsync(CancellationToken.None);

        Assert.Same(first, reused);
        Assert.NotEqual(first.AccessKey, refreshed.AccessKey);
        Assert.Equal(2, sandbox.Server.Stats.Snapshot().CallsOf("Sts.AssumeRole"));
    }

    [Fact]
    public async Task Assuming_A_Role_In_Another_Account_Is_Access_Denied()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: 2, scale: 1);
        var estate = sandbox.Generated.Estate;
        using var assumed = new AssumeRoleCredentialSource(
            BaseKeys, new AssumeRoleTarget(AssumeRoleTarget.RoleArnFor("999988887777", "AdvisorRead"), "advisor-test"),
            new StsEndpoint(estate.Region, sandbox.Server.BaseUrl), TimeProvider.System);

        var error = await Assert.ThrowsAsync<AwsAccessDeniedException>(async () => await assumed.GetCredentialsAsync(CancellationToken.None));

        Assert.Equal("AccessDenied", error.ErrorCode);
        Assert.Contains("arn:aws:iam::999988887777:role/AdvisorRead", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Made_Up_Session_Key_Is_Rejected_By_The_Sandbox()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: 2, scale: 1);
        var forged = new StaticCredentialSource("ASIAFORGEDFORGED0000", SandboxCredentials.SecretAccessKey, "token");

        var error = await Assert.ThrowsAsync<AwsAccessDeniedException>(() => sandbox.Factory(forged)
            .CreateSageMaker(sandbox.Generated.Estate.Region, sandbox.Server.BaseUrl).ListEndpointsAsync(new ListEndpointsRequest(), CancellationToken.None));

        Assert.Equal("UnrecognizedClientException", error.ErrorCode);
    }

    [Fact]
    public async Task Without_Targets_The_Planner_Scans_The_Callers_Own_Account_With_The_Base_Credentials()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: 2, scale: 1);
        var planner = new ScopePlanner(new AccountsOptions(), "us-east-1", BaseKeys,
            new StsEndpoint("us-east-1", sandbox.Server.BaseUrl), TimeProvider.System, NullLoggerFactory.Instance);

        var scope = Assert.Single(await planner.PlanAsync(CancellationToken.None));

        Assert.Equal(new Core.Snapshots.Scope(sandbox.Generated.Estate.AccountId, "us-east-1"), scope.Scope);
        Assert.Same(BaseKeys, scope.Credentials);
        Assert.Equal(1, sandbox.Server.Stats.Snapshot().CallsOf("Sts.GetCallerIdentity"));
    }

    [Fact]
    public async Task The_Planner_Gives_Each_Account_One_Assumed_Role_Shared_By_Its_Regions()
    {
        var options = new AccountsOptions
        {
            RoleName = "AdvisorRead",
            Regions = ["us-east-1"],
            Targets =
            [
                new AccountTarget { Id = "111122223333", Regions = ["us-east-1", "eu-west-1"] },
                new AccountTarget { Id = "444455556666" },
                new AccountTarget { Id = "777788889999", RoleName = "Other" },
            ],
        };
        var planner = new ScopePlanner(options, "us-west-2", BaseKeys, new StsEndpoint("us-east-1", new Uri("http://127.0.0.1:9/")),
            TimeProvider.System, NullLoggerFactory.Instance);

        var scopes = await planner.PlanAsync(CancellationToken.None);

        Assert.Equal(["111122223333/us-east-1", "111122223333/eu-west-1", "444455556666/us-east-1", "777788889999/us-east-1"],
            scopes.Select(s => s.Scope.ToString()));
        Assert.Same(scopes[0].Credentials, scopes[1].Credentials);
        Assert.All(scopes, s => Assert.IsType<AssumeRoleCredentialSource>(s.Credentials));
        Assert.NotSame(scopes[1].Credentials, scopes[2].Credentials);
    }

    [Fact]
    public async Task The_Planner_Refuses_Invalid_Options()
    {
        var options = new AccountsOptions { Targets = [new AccountTarget { Id = "12" }] };
        var planner = new ScopePlanner(options, "us-east-1", BaseKeys, new StsEndpoint("us-east-1"), TimeProvider.System, NullLoggerFactory.Instance);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => planner.PlanAsync(CancellationToken.None));

        Assert.Contains("Targets[0].Id '12'", error.Message, StringComparison.Ordinal);
    }
}
