using System.Net;
using Advisor.Storage.Recommendations;

namespace Advisor.Host.Tests.Api;

/// <summary>POST /api/recommendations/{id}/decision: validation with field-naming 400s, 404, 409, the history and the audit log.</summary>
public sealed class DecisionTests : IAsyncLifetime
{
    private ApiTestHost host = null!;
    private HttpClient reviewer = null!;

    public async Task InitializeAsync()
    {
        host = await ApiTestHost.StartAsync();
        reviewer = host.Client(ApiTestHost.ReviewerToken);
    }

    public async Task DisposeAsync()
    {
        reviewer.Dispose();
        await host.DisposeAsync();
    }

    [Theory]
    [InlineData("{\"decision\":", "The request body is not valid JSON")]
    [InlineData("[\"accept\"]", "The request body must be a JSON object")]
    [InlineData("{}", "Field 'decision' is required; allowed: accept, dismiss, snooze, reopen.")]
    [InlineData("{\"decision\":\"approve\"}", "Field 'decision' has an unknown value 'approve'; allowed: accept, dismiss, snooze, reopen.")]
    [InlineData("{\"decision\":\"1\"}", "Field 'decision' has an unknown value '1'")]
    [InlineData("{\"decision\":\"dismiss\"}", "Field 'reason' is required to dismiss")]
    [InlineData("{\"decision\":\"dismiss\",\"reason\":\"  \"}", "Field 'reason' is required to dismiss")]
    [InlineData("{\"decision\":\"snooze\"}", "Field 'until' is required to snooze")]
    [InlineData("{\"decision\":\"snooze\",\"until\":\"2026-01-01T00:00:00Z\"}", "Field 'until' must be in the future to snooze")]
    [InlineData("{\"decision\":\"snooze\",\"until\":\"next week\"}", "Field 'until' must be an ISO 8601 instant")]
    [InlineData("{\"decision\":\"accept\",\"note\":42}", "Field 'note' must be a string (got number).")]
    public async Task A_Bad_Body_Is_400_Naming_The_Field_And_Changes_Nothing(string body, string expected)
    {
        var problem = await reviewer.PostDecisionAsync(ApiSeed.IdleVision, body, HttpStatusCode.BadRequest);

        Assert.Contains(expected, problem.Detail(), StringComparison.Ordinal);
        Assert.Equal(RecommendationStatus.Open, (await host.Store.Recommendations.GetAsync(ApiSeed.IdleVision))!.Status);
        var audit = Assert.Single(await host.Store.Audit.ListAsync(10));
        Assert.Equal("400 Bad Request", audit.Outcome);
        Assert.Contains(expected, audit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_Unknown_Id_Is_404()
    {
        var problem = await reviewer.PostDecisionAsync("no-such-rec", "{\"decision\":\"accept\"}", HttpStatusCode.NotFound);

        Assert.Contains("'no-such-rec'", problem.Detail(), StringComparison.Ordinal);
        Assert.Equal("404 Not Found", Assert.Single(await host.Store.Audit.ListAsync(10)).Outcome);
    }

    [Fact]
    public async Task Reopening_An_Open_Recommendation_Is_409_With_The_Lifecycle_Message()
    {
        var problem = await reviewer.PostDecisionAsync(ApiSeed.IdleVision, "{\"decision\":\"reopen\"}", HttpStatusCode.Conflict);

        Assert.False(string.IsNullOrWhiteSpace(problem.Detail()));
        Assert.Equal("409 Conflict", Assert.Single(await host.Store.Audit.ListAsync(10)).Outcome);
    }

    [Fact]
    public async Task A_Dismissal_Shows_In_The_Status_And_History_With_The_Token_Name_As_Actor()
    {
        var answer = await reviewer.PostDecisionAsync(
            ApiSeed.IdleNlp, "{\"decision\":\"Dismiss\",\"reason\":\"kept for the Q4 launch\",\"note\":\"ask again in January\"}", HttpStatusCode.OK);
        Assert.Equal("Dismissed", answer.GetProperty("status").GetString());

        var detail = await host.Client(ApiTestHost.ViewerToken).GetJsonAsync("/api/recommendations/" + ApiSeed.IdleNlp);

        Assert.Equal("Dismissed", detail.GetProperty("status").GetString());
        var last = detail.GetProperty("history").EnumerateArray().Last();
        Assert.Equal("Decided", last.GetProperty("kind").GetString());
        Assert.Equal("finops-bot", last.GetProperty("actor").GetString());
        Assert.Equal("Dismissed", last.GetProperty("toStatus").GetString());
        Assert.Equal(ApiTestHost.Now, last.GetProperty("at").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_Snooze_Keeps_Its_End_And_Reopen_Brings_It_Back()
    {
        var snoozed = await reviewer.PostDecisionAsync(ApiSeed.OldGen, "{\"decision\":\"snooze\",\"until\":\"2026-12-15T00:00:00Z\"}", HttpStatusCode.OK);
        Assert.Equal("Snoozed", snoozed.GetProperty("status").GetString());
        Assert.Equal(new DateTimeOffset(2026, 12, 15, 0, 0, 0, TimeSpan.Zero), snoozed.GetProperty("snoozedUntil").GetDateTimeOffset());

        var reopened = await host.Client(ApiTestHost.AdminToken).PostDecisionAsync(ApiSeed.OldGen, "{\"decision\":\"reopen\"}", HttpStatusCode.OK);

        Assert.Equal("Open", reopened.GetProperty("status").GetString());
        Assert.Equal("platform-admin", reopened.GetProperty("history").EnumerateArray().Last().GetProperty("actor").GetString());
    }

    [Fact]
    public async Task The_Audit_Log_Records_Who_Did_What_When_And_Admins_Can_Read_It()
    {
        await reviewer.PostDecisionAsync(ApiSeed.IdleVision, "{\"decision\":\"accept\"}", HttpStatusCode.OK);

        var audit = await host.Client(ApiTestHost.AdminToken).GetJsonAsync("/api/audit");

        var entry = Assert.Single(audit.EnumerateArray());
        Assert.Equal("finops-bot", entry.GetProperty("actor").GetString());
        Assert.Equal("reviewer", entry.GetProperty("role").GetString());
        Assert.Equal("recommendation.decide", entry.GetProperty("operation").GetString());
        Assert.Equal(ApiSeed.IdleVision, entry.GetProperty("target").GetString());
        Assert.Equal("200 OK", entry.GetProperty("outcome").GetString());
        Assert.Equal("accept", entry.GetProperty("detail").GetString());
        Assert.Equal(ApiTestHost.Now, entry.GetProperty("at").GetDateTimeOffset());
    }
}
