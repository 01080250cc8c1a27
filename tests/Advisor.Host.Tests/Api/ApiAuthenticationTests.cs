using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Advisor.Storage.Recommendations;

namespace Advisor.Host.Tests.Api;

/// <summary>Bearer tokens and roles over real HTTP: 401 without or with a bad token, 403 for a role too low, 200 where allowed.</summary>
public sealed class ApiAuthenticationTests
{
    public static TheoryData<string, string> EveryRouteGroup => new()
    {
        { "GET", "/api/recommendations" },
        { "GET", "/api/recommendations/" + ApiSeed.IdleVision },
        { "POST", "/api/recommendations/" + ApiSeed.IdleVision + "/decision" },
        { "GET", "/api/runs" },
        { "GET", "/api/runs/run-1" },
        { "POST", "/api/runs" },
        { "GET", "/api/reports" },
        { "GET", "/api/reports/latest" },
        { "GET", "/api/reports/latest.md" },
        { "GET", "/api/audit" },
    };

    [Theory]
    [MemberData(nameof(EveryRouteGroup))]
    public async Task Every_Route_Answers_401_With_A_Bearer_Challenge_Without_A_Token(string method, string path)
    {
        await using var host = await ApiTestHost.StartAsync();
        using var response = await host.Client().SendAsync(Request(method, path));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Theory]
    [MemberData(nameof(EveryRouteGroup))]
    public async Task Every_Route_Answers_401_With_A_Wrong_Token(string method, string path)
    {
        await using var host = await ApiTestHost.StartAsync();
        using var response = await host.Client("not-a-configured-token-at-all").SendAsync(Request(method, path));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("not recognised", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Header_That_Is_Not_Bearer_Is_401()
    {
        await using var host = await ApiTestHost.StartAsync();
        using var client = host.Client();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Basic", "dXNlcjpwYXNz");

        using var response = await client.GetAsync(new Uri("/api/recommendations", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData(ApiTestHost.ViewerToken)]
    [InlineData(ApiTestHost.ReviewerToken)]
    [InlineData(ApiTestHost.AdminToken)]
    [InlineData(ApiTestHost.EnvAdminToken)]
    public async Task Every_Role_Reads_Recommendations_Runs_And_Reports(string token)
    {
        await using var host = await ApiTestHost.StartAsync();
        using var client = host.Client(token);

        foreach (var path in new[] { "/api/recommendations", "/api/recommendations/" + ApiSeed.IdleVision, "/api/runs", "/api/runs/run-1", "/api/reports" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_Viewer_Deciding_Is_403_And_The_Refusal_Is_Audited()
    {
        await using var host = await ApiTestHost.StartAsync();

        using var response = await host.Client(ApiTestHost.ViewerToken).PostAsJsonAsync(
            "/api/recommendations/" + ApiSeed.IdleVision + "/decision", new { decision = "accept" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("viewer", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var entry = Assert.Single(await host.Store.Audit.ListAsync(10));
        Assert.Equal(("dashboard", "viewer", "recommendation.decide", ApiSeed.IdleVision), (entry.Actor, entry.Role, entry.Operation, entry.Target));
        Assert.StartsWith("403", entry.Outcome, StringComparison.Ordinal);
        Assert.Equal(RecommendationStatus.Open, (await host.Store.Recommendations.GetAsync(ApiSeed.IdleVision))!.Status);
    }

    [Fact]
    public async Task A_Reviewer_Starting_A_Run_Is_403_And_Nothing_Is_Triggered()
    {
        await using var host = await ApiTestHost.StartAsync();

        using var response = await host.Client(ApiTestHost.ReviewerToken).PostAsync(new Uri("/api/runs", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(host.Trigger.Calls);
        var entry = Assert.Single(await host.Store.Audit.ListAsync(10));
        Assert.Equal(("finops-bot", "reviewer", "run.start", "403 Forbidden"), (entry.Actor, entry.Role, entry.Operation, entry.Outcome));
    }

    [Theory]
    [InlineData(ApiTestHost.ViewerToken)]
    [InlineData(ApiTestHost.ReviewerToken)]
    public async Task Only_Admins_Read_The_Audit_Log(string token)
    {
        await using var host = await ApiTestHost.StartAsync();

        using var refused = await host.Client(token).GetAsync(new Uri("/api/audit", UriKind.Relative));
        using var allowed = await host.Client(ApiTestHost.AdminToken).GetAsync(new Uri("/api/audit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task With_No_Token_Configured_The_Api_Starts_Answers_401_And_Warns_How_To_Set_One()
    {
        await using var host = await ApiTestHost.StartAsync(new Dictionary<string, string?>());

        using var response = await host.Client(ApiTestHost.AdminToken).GetAsync(new Uri("/api/recommendations", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(host.Logs.Lines, l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("ADVISOR_ADMIN_TOKEN", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Tokens_Never_Appear_In_The_Logs()
    {
        await using var host = await ApiTestHost.StartAsync();
        foreach (var token in new[] { ApiTestHost.ViewerToken, ApiTestHost.ReviewerToken, ApiTestHost.AdminToken, ApiTestHost.EnvAdminToken, "a-wrong-token-0123456789" })
        {
            using var client = host.Client(token);
            using var get = await client.GetAsync(new Uri("/api/recommendations", UriKind.Relative));
            using var post = await client.PostAsJsonAsync("/api/recommendations/" + ApiSeed.Notebook + "/decision", new { decision = "accept" });
        }

        Assert.NotEmpty(host.Logs.Lines);
        Assert.Contains(host.Logs.Lines, l => l.Contains("Rejected a bearer token", StringComparison.Ordinal));
        foreach (var secret in new[] { ApiTestHost.ViewerToken, ApiTestHost.ReviewerToken, ApiTestHost.AdminToken, ApiTestHost.EnvAdminToken, "a-wrong-token-0123456789" })
        {
            Assert.DoesNotContain(secret, host.Logs.All, StringComparison.Ordinal);
        }
    }

    private static HttpRequestMessage Request(string method, string path) => new(new HttpMethod(method), new Uri(path, UriKind.Relative))
    {
        Content = method == "POST" ? JsonContent.Create(new { decision = "accept" }) : null,
    };
}
