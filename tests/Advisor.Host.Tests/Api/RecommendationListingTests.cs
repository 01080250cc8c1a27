using System.Net;
using System.Text.Json;

namespace Advisor.Host.Tests.Api;

/// <summary>GET /api/recommendations and /{id}: filters, sort, paging, the detail document and clear 400/404 answers.</summary>
public sealed class RecommendationListingTests : IAsyncLifetime
{
    private ApiTestHost host = null!;
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        host = await ApiTestHost.StartAsync();
        client = host.Client(ApiTestHost.ViewerToken);
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task The_Default_Listing_Is_Largest_Savings_First_With_Summary_Fields()
    {
        var list = await client.GetJsonAsync("/api/recommendations");

        Assert.Equal([ApiSeed.IdleVision, ApiSeed.IdleNlp, ApiSeed.OldGen, ApiSeed.Notebook], list.Ids());
        Assert.Equal(4, list.GetProperty("total").GetInt32());
        Assert.Equal(1, list.GetProperty("page").GetInt32());
        Assert.Equal(50, list.GetProperty("pageSize").GetInt32());
        var first = list.GetProperty("items")[0];
        Assert.Equal("sagemaker-endpoint-idle", first.GetProperty("analyzer").GetString());
        Assert.Equal(1200m, first.GetProperty("monthlySavings").GetDecimal());
        Assert.Equal("Open", first.GetProperty("status").GetString());
        Assert.Equal("P1", first.GetProperty("priority").GetString());
        Assert.Equal("ListOnDemand", first.GetProperty("costBasis").GetString());
        Assert.Equal("vision", first.GetProperty("team").GetString());
        Assert.Equal("vision-ep", first.GetProperty("resource").GetProperty("id").GetString());
        Assert.Equal(ApiTestHost.Now.AddDays(-7), first.GetProperty("firstSeenAt").GetDateTimeOffset());
        Assert.Equal(ApiTestHost.Now.AddDays(-1), first.GetProperty("lastSeenAt").GetDateTimeOffset());
    }

    [Theory]
    [InlineData("?analyzer=sagemaker-endpoint-idle", new[] { ApiSeed.IdleVision, ApiSeed.IdleNlp })]
    [InlineData("?account=222222222222", new[] { ApiSeed.OldGen, ApiSeed.Notebook })]
    [InlineData("?region=eu-west-1", new[] { ApiSeed.IdleNlp })]
    [InlineData("?team=vision", new[] { ApiSeed.IdleVision, ApiSeed.OldGen })]
    [InlineData("?minSavings=75.5", new[] { ApiSeed.IdleVision, ApiSeed.IdleNlp, ApiSeed.OldGen })]
    [InlineData("?sort=-savings", new[] { ApiSeed.Notebook, ApiSeed.OldGen, ApiSeed.IdleNlp, ApiSeed.IdleVision })]
    [InlineData("?status=open&team=vision&account=111111111111", new[] { ApiSeed.IdleVision })]
    [InlineData("?status=dismissed,snoozed", new string[0])]
    [InlineData("?status=Dismissed&status=OPEN&region=eu-west-1", new[] { ApiSeed.IdleNlp })]
    [InlineData("?sort=priority&account=222222222222&pageSize=1", new[] { ApiSeed.OldGen })]
    public async Task Filters_And_Sorts_Narrow_And_Order_The_List(string query, string[] expected)
    {
        var list = await client.GetJsonAsync("/api/recommendations" + query);

        Assert.Equal(expected, list.Ids());
        Assert.Equal(query.Contains("pageSize=1", StringComparison.Ordinal) ? 2 : expected.Length, list.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Newest_And_Oldest_Sort_By_First_Seen()
    {
        var newest = (await client.GetJsonAsync("/api/recommendations?sort=newest")).Ids();
        var oldest = (await client.GetJsonAsync("/api/recommendations?sort=oldest")).Ids();

        Assert.Equal([ApiSeed.OldGen, ApiSeed.Notebook], newest.Take(2).Order(StringComparer.Ordinal));
        Assert.Equal([ApiSeed.IdleVision, ApiSeed.IdleNlp], oldest.Take(2).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Pages_Split_The_List_And_Keep_The_Total()
    {
        var page1 = await client.GetJsonAsync("/api/recommendations?pageSize=3");
        var page2 = await client.GetJsonAsync("/api/recommendations?pageSize=3&page=2");

        Assert.Equal([ApiSeed.IdleVision, ApiSeed.IdleNlp, ApiSeed.OldGen], page1.Ids());
        Assert.Equal([ApiSeed.Notebook], page2.Ids());
        Assert.Equal(4, page2.GetProperty("total").GetInt32());
        Assert.Equal(2, page2.GetProperty("page").GetInt32());
        Assert.Equal(3, page2.GetProperty("pageSize").GetInt32());
    }

    [Theory]
    [InlineData("?status=pending", "'status' has an unknown value 'pending'; allowed: open, accepted")]
    [InlineData("?minSavings=12,5", "'minSavings' must be a non-negative number")]
    [InlineData("?minSavings=-1", "'minSavings' must be a non-negative number")]
    [InlineData("?sort=cheapest", "'sort' has an unknown value 'cheapest'; allowed: savings, -savings, priority, newest, oldest")]
    [InlineData("?page=0", "'page' must be a whole number from 1")]
    [InlineData("?pageSize=201", "'pageSize' must be a whole number from 1 to 200")]
    [InlineData("?pageSize=ten", "'pageSize' must be a whole number from 1 to 200")]
    public async Task Bad_Query_Parameters_Are_400_Naming_The_Parameter_And_Allowed_Values(string query, string expected)
    {
        var problem = await client.GetJsonAsync("/api/recommendations" + query, HttpStatusCode.BadRequest);

        Assert.Contains(expected, problem.Detail(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Detail_Carries_The_Published_Document_And_The_History()
    {
        var detail = await client.GetJsonAsync("/api/recommendations/" + ApiSeed.IdleVision);

        Assert.Equal(ApiSeed.IdleVision, detail.GetProperty("id").GetString());
        var document = detail.GetProperty("document");
        Assert.Equal("hourly × instances × 730", document.GetProperty("evidence").GetProperty("formula").GetString());
        Assert.Equal(JsonValueKind.Array, document.GetProperty("alternatives").ValueKind);
        var history = detail.GetProperty("history");
        Assert.Equal("Created", history[0].GetProperty("kind").GetString());
        Assert.Equal("run-1", history[0].GetProperty("runId").GetString());
    }

    [Fact]
    public async Task An_Unknown_Id_Is_404_Saying_So()
    {
        var problem = await client.GetJsonAsync("/api/recommendations/no-such-rec", HttpStatusCode.NotFound);

        Assert.Contains("No recommendation has id 'no-such-rec'", problem.Detail(), StringComparison.Ordinal);
    }
}
