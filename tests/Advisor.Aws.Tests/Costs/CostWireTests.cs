using System.Text.Json;
using Advisor.Aws.Collection.Costs;
using Advisor.Aws.CostExplorer;
using Advisor.Aws.Errors;
using Advisor.Aws.Pricing;
using Advisor.Aws.Protocol;
using Advisor.Aws.Tests.Support;

namespace Advisor.Aws.Tests.Costs;

/// <summary>What goes over the wire to Cost Explorer and the Price List API, and how odd but legal answers are read.</summary>
public sealed class CostWireTests
{
    [Fact]
    public async Task GetCostAndUsage_Sends_Date_Strings_One_Filter_Root_And_Is_Signed_For_Ce_In_Us_East_1()
    {
        var clients = new TestClients();
        clients.Handler.EnqueueOk("""{"ResultsByTime":[{"TimePeriod":{"Start":"2026-07-01T00:00:00Z","End":"2026-07-02"},"Total":{},"Groups":[{"Keys":["Amazon SageMaker","USE1-Host:ml.m5.large"],"Metrics":{"UnblendedCost":{"Amount":"1.2E-7","Unit":"USD"},"UsageQuantity":{"Amount":"24","Unit":"Hrs"}}}],"Estimated":true}],"GroupDefinitions":[]}""");
        var client = new CostExplorerClient(clients.Json(AwsServiceEndpoint.CostExplorer(TestClients.SandboxUrl)));

        var response = await client.GetCostAndUsageAsync(CostRequests.DailyMlSpend(new DateOnly(2026, 7, 1), new DateOnly(2026, 7, 31)));

        var sent = clients.Handler.Requests.Single();
        Assert.Equal("AWSInsightsIndexService.GetCostAndUsage", sent.Header("X-Amz-Target"));
        Assert.Contains("/us-east-1/ce/aws4_request", sent.Header("Authorization"), StringComparison.Ordinal);
        using var body = JsonDocument.Parse(sent.BodyText);
        Assert.Equal("2026-07-01", body.RootElement.GetProperty("TimePeriod").GetProperty("Start").GetString());
        Assert.Equal("2026-07-31", body.RootElement.GetProperty("TimePeriod").GetProperty("End").GetString());
        Assert.Equal(["Amazon SageMaker", "Amazon Elastic Compute Cloud - Compute"],
            body.RootElement.GetProperty("Filter").GetProperty("Dimensions").GetProperty("Values").EnumerateArray().Select(v => v.GetString()));
        Assert.Single(body.RootElement.GetProperty("Filter").EnumerateObject());
        Assert.False(body.RootElement.TryGetProperty("NextPageToken", out _));

        var row = Assert.Single(CostMapper.ToDaily(response.ResultsByTime));
        Assert.Equal(new DateOnly(2026, 7, 1), row.Date);
        Assert.Equal(0.00000012m, row.UnblendedCost);
        Assert.Equal((24m, "Hrs"), (row.UsageQuantity, row.UsageUnit));
    }

    [Fact]
    public async Task A_Non_Numeric_Amount_Is_An_Invalid_Response_Naming_The_Member()
    {
        var clients = new TestClients();
        clients.Handler.EnqueueOk("""{"ResultsByTime":[{"TimePeriod":{"Start":"2026-07-01","End":"2026-07-02"},"Total":{"UnblendedCost":{"Amount":"lots","Unit":"USD"}},"Groups":[]}]}""");
        var client = new CostExplorerClient(clients.Json(AwsServiceEndpoint.CostExplorer(TestClients.SandboxUrl)));

        var error = await Assert.ThrowsAsync<AwsInvalidResponseException>(() => client.GetCostAndUsageAsync(new GetCostAndUsageRequest
        {
            Start = new DateOnly(2026, 7, 1), End = new DateOnly(2026, 7, 2), Granularity = "DAILY", Metrics = ["UnblendedCost"],
        }));

        Assert.Contains("UnblendedCost.Amount \"lots\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetProducts_Parses_Each_Price_List_String_Again_And_Sends_Term_Match_Filters()
    {
        var clients = new TestClients();
        var item = """{"product":{"productFamily":"ML Instance","attributes":{"instanceName":"ml.m5.xlarge","component":"Hosting","usagetype":"USE1-Host:ml.m5.xlarge"},"sku":"JDZQJFUVUR8SUWHS"},"terms":{"OnDemand":{"JDZQJFUVUR8SUWHS.JRTCKXETXF":{"priceDimensions":{"JDZQJFUVUR8SUWHS.JRTCKXETXF.6YS6EN2CT7":{"unit":"Hrs","pricePerUnit":{"USD":"0.2300000000"}}},"effectiveDate":"2026-09-01T00:00:00Z"}}},"publicationDate":"2026-09-28T00:00:00Z"}""";
        clients.Handler.EnqueueOk(JsonSerializer.Serialize(new { FormatVersion = "aws_v1", PriceList = new[] { item } }));
        var client = new PricingClient(clients.Json(AwsServiceEndpoint.Pricing(TestClients.SandboxUrl)));

        var page = await client.GetProductsAsync(new GetProductsRequest("AmazonSageMaker", [new("instanceName", "ml.m5.xlarge")], MaxResults: 100));

        var product = Assert.Single(page.PriceList);
        Assert.Equal(("JDZQJFUVUR8SUWHS", "2026-09-28T00:00:00Z"), (product.Sku, product.PublicationDate));
        Assert.Equal(0.23m, product.OnDemand.Single().Usd);
        using var body = JsonDocument.Parse(clients.Handler.Requests.Single().BodyText);
        Assert.Equal("aws_v1", body.RootElement.GetProperty("FormatVersion").GetString());
        Assert.Equal("TERM_MATCH", body.RootElement.GetProperty("Filters")[0].GetProperty("Type").GetString());
        Assert.Contains("/us-east-1/pricing/aws4_request", clients.Handler.Requests.Single().Header("Authorization"), StringComparison.Ordinal);
    }
}
