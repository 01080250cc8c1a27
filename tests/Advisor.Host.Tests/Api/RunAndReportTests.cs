using System.Net;

namespace Advisor.Host.Tests.Api;

/// <summary>/api/runs (list, one, start as admin) and /api/reports (list, latest by extension and by Accept).</summary>
public sealed class RunAndReportTests : IAsyncLifetime
{
    private ApiTestHost host = null!;

    public async Task InitializeAsync() => host = await ApiTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task Runs_Are_Listed_Newest_First_And_Limited()
    {
        using var client = host.Client(ApiTestHost.ViewerToken);

        var all = await client.GetJsonAsync("/api/runs");
        var one = await client.GetJsonAsync("/api/runs?limit=1");

        Assert.Equal(["run-2", "run-1"], all.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal("Succeeded", all[0].GetProperty("state").GetString());
        Assert.Equal("run-2", Assert.Single(one.EnumerateArray()).GetProperty("id").GetString());
        Assert.Contains("'limit' must be a whole number from 1 to 500", (await client.GetJsonAsync("/api/runs?limit=0", HttpStatusCode.BadRequest)).Detail(), StringComparison.Ordinal);
        Assert.Equal("run-1", (await client.GetJsonAsync("/api/runs/run-1")).GetProperty("id").GetString());
        Assert.Contains("No run has id 'run-9'", (await client.GetJsonAsync("/api/runs/run-9", HttpStatusCode.NotFound)).Detail(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_Admin_Starts_A_Run_Gets_202_With_Location_And_It_Is_Audited()
    {
        using var client = host.Client(ApiTestHost.EnvAdminToken);

        using var response = await client.PostAsync(new Uri("/api/runs", UriKind.Relative), null);
        var body = await response.ReadAsync(HttpStatusCode.Accepted);

        Assert.Equal(RecordingCycleTrigger.RunId, body.GetProperty("runId").GetString());
        Assert.Equal("/api/runs/" + RecordingCycleTrigger.RunId, response.Headers.Location?.OriginalString);
        Assert.Equal(("api", "admin-env"), Assert.Single(host.Trigger.Calls));
        var entry = Assert.Single(await host.Store.Audit.ListAsync(10));
        Assert.Equal(("admin-env", "admin", "run.start", RecordingCycleTrigger.RunId, "202 Accepted"), (entry.Actor, entry.Role, entry.Operation, entry.Target, entry.Outcome));
    }

    [Fact]
    public async Task A_Run_That_Cannot_Be_Enqueued_Is_500_And_Still_Audited()
    {
        host.Trigger.Failure = new InvalidOperationException("queue unavailable");
        using var client = host.Client(ApiTestHost.AdminToken);

        using var response = await client.PostAsync(new Uri("/api/runs", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var entry = Assert.Single(await host.Store.Audit.ListAsync(10));
        Assert.Equal(("platform-admin", "run.start", "500 Internal Server Error", "InvalidOperationException"), (entry.Actor, entry.Operation, entry.Outcome, entry.Detail));
    }

    [Fact]
    public async Task Before_Any_Report_The_Latest_Is_404_And_The_List_Is_Empty()
    {
        using var client = host.Client(ApiTestHost.ViewerToken);

        Assert.Contains("No report has been published yet", (await client.GetJsonAsync("/api/reports/latest", HttpStatusCode.NotFound)).Detail(), StringComparison.Ordinal);
        Assert.Contains("No report", (await client.GetJsonAsync("/api/reports/latest.md", HttpStatusCode.NotFound)).Detail(), StringComparison.Ordinal);
        Assert.Empty((await client.GetJsonAsync("/api/reports")).EnumerateArray());
    }

    [Theory]
    [InlineData("/api/reports/latest.md", "text/markdown", "# Weekly ML cost report")]
    [InlineData("/api/reports/latest.html", "text/html", "<h1>Weekly ML cost report</h1>")]
    [InlineData("/api/reports/latest.csv", "text/csv", "id,monthlySavings\nrec-a-idle-vision,1200.00\n")]
    [InlineData("/api/reports/latest.json", "application/json", "{\"totalMonthlySavings\":1615.50}")]
    [InlineData("/api/reports/latest", "application/json", "{\"totalMonthlySavings\":1615.50}")]
    public async Task The_Latest_Report_Is_Served_In_The_Format_Its_Extension_Names(string path, string mediaType, string body)
    {
        await ApiSeed.SaveReportAsync(host.Store);
        using var client = host.Client(ApiTestHost.ViewerToken);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(body, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("text/markdown", "text/markdown")]
    [InlineData("text/html", "text/html")]
    [InlineData("text/csv", "text/csv")]
    [InlineData("application/json", "application/json")]
    [InlineData("text/html;q=0.5, text/csv", "text/csv")]
    [InlineData("image/png, */*", "application/json")]
    public async Task The_Latest_Report_Follows_The_Accept_Header(string accept, string mediaType)
    {
        await ApiSeed.SaveReportAsync(host.Store);
        using var client = host.Client(ApiTestHost.ViewerToken);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/reports/latest", UriKind.Relative));
        request.Headers.Accept.ParseAdd(accept);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_Unknown_Report_Extension_Is_400_Listing_The_Formats()
    {
        await ApiSeed.SaveReportAsync(host.Store);
        using var client = host.Client(ApiTestHost.ViewerToken);

        var problem = await client.GetJsonAsync("/api/reports/latest.pdf", HttpStatusCode.BadRequest);

        Assert.Contains("Unknown report format 'pdf'; use one of: latest.json, latest.md, latest.html, latest.csv", problem.Detail(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Report_List_Has_Id_Time_And_Period()
    {
        await ApiSeed.SaveReportAsync(host.Store);
        using var client = host.Client(ApiTestHost.ViewerToken);

        var report = Assert.Single((await client.GetJsonAsync("/api/reports")).EnumerateArray());

        Assert.Equal("report-2026-w48", report.GetProperty("id").GetString());
        Assert.Equal(ApiTestHost.Now.AddHours(-2), report.GetProperty("generatedAt").GetDateTimeOffset());
        Assert.Equal(ApiTestHost.Now.AddDays(-7), report.GetProperty("periodStart").GetDateTimeOffset());
        Assert.False(report.TryGetProperty("markdown", out _));
    }
}
