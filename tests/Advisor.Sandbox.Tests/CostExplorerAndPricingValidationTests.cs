using System.Text;
using Advisor.Sandbox.Tests.Support;

namespace Advisor.Sandbox.Tests;

/// <summary>The sandbox's Cost Explorer and Price List API refuse what AWS refuses, with AWS's error codes.</summary>
public sealed class CostExplorerAndPricingValidationTests
{
    /// <summary>Test bodies are written with single quotes (turned into double quotes before sending) to keep them readable.</summary>
    private const string Period = "'TimePeriod':{'Start':'2026-11-10','End':'2026-11-12'}";

    [Theory]
    [InlineData("{'TimePeriod':{'Start':'2026-11-10','End':'2026-11-10'},'Granularity':'DAILY','Metrics':['UnblendedCost']}", "End is exclusive")]
    [InlineData("{'TimePeriod':{'Start':'2026-11-21','End':'2026-11-22'},'Granularity':'DAILY','Metrics':['UnblendedCost']}", "after today")]
    [InlineData("{'TimePeriod':{'Start':'2026/11/10','End':'2026-11-12'},'Granularity':'DAILY','Metrics':['UnblendedCost']}", "yyyy-MM-dd")]
    [InlineData("{" + Period + ",'Granularity':'DAILY','Metrics':['Dollars']}", "Metric 'Dollars' is not valid")]
    [InlineData("{" + Period + ",'Granularity':'DAILY','Metrics':[]}", "Metrics is required")]
    [InlineData("{" + Period + ",'Granularity':'HOURLY','Metrics':['UnblendedCost']}", "Hourly granularity")]
    [InlineData("{" + Period + ",'Granularity':'DAILY','Metrics':['UnblendedCost'],'Filter':{'Dimensions':{'Key':'SERVICE','Values':['x']},'Tags':{'Key':'t','Values':['y']}}}", "more than one roots")]
    [InlineData("{" + Period + ",'Granularity':'DAILY','Metrics':['UnblendedCost'],'Filter':{'Dimensions':{'Key':'COLOUR','Values':['x']}}}", "not a valid dimension")]
    [InlineData("{" + Period + ",'Granularity':'DAILY','Metrics':['UnblendedCost'],'GroupBy':[{'Type':'DIMENSION','Key':'SERVICE'},{'Type':'DIMENSION','Key':'USAGE_TYPE'},{'Type':'DIMENSION','Key':'REGION'}]}", "at most 2")]
    public async Task GetCostAndUsage_Rejects_What_AWS_Rejects(string body, string messagePart)
    {
        await using var sandbox = await RunningSandbox.StartAsync();

        var message = await Wire.ErrorAsync(await CeAsync(sandbox, "GetCostAndUsage", body), 400, "ValidationException");

        Assert.Contains(messagePart, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Nested_Filter_Selects_Only_Matching_Usage()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var body = "{" + Period + ",'Granularity':'MONTHLY','Metrics':['UsageQuantity'],'Filter':{'And':["
            + "{'Dimensions':{'Key':'SERVICE','Values':['Amazon SageMaker']}},"
            + "{'Not':{'Dimensions':{'Key':'USAGE_TYPE','Values':['USE1-Host:ml.g5.2xlarge']}}}]}}";

        var json = await Wire.JsonAsync(await CeAsync(sandbox, "GetCostAndUsage", body));

        // Two days of alpha (2 × 24 h) and beta (24 h); epsilon is excluded by the Not.
        var total = json.GetProperty("ResultsByTime")[0].GetProperty("Total").GetProperty("UsageQuantity");
        Assert.Equal("144", total.GetProperty("Amount").GetString());
        Assert.Equal(1, json.GetProperty("ResultsByTime").GetArrayLength());
    }

    [Fact]
    public async Task The_Savings_Plan_Recommendation_Needs_Its_Required_Members()
    {
        await using var sandbox = await RunningSandbox.StartAsync();

        var message = await Wire.ErrorAsync(
            await CeAsync(sandbox, "GetSavingsPlansPurchaseRecommendation", "{'SavingsPlansType':'SAGEMAKER_SP','TermInYears':'TWO_YEARS','PaymentOption':'NO_UPFRONT','LookbackPeriodInDays':'THIRTY_DAYS'}"),
            400, "ValidationException");

        Assert.Contains("TermInYears 'TWO_YEARS'", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{'ServiceCode':'AmazonSageMaker','MaxResults':101}", "InvalidParameterException")]
    [InlineData("{'ServiceCode':'AmazonSageMaker','FormatVersion':'aws_v2'}", "InvalidParameterException")]
    [InlineData("{'ServiceCode':'AmazonS3'}", "NotFoundException")]
    [InlineData("{'ServiceCode':'AmazonSageMaker','NextToken':'not-a-token'}", "InvalidNextTokenException")]
    [InlineData("{'ServiceCode':'AmazonSageMaker','Filters':[{'Type':'FUZZY','Field':'instanceName','Value':'ml.m5.large'}]}", "InvalidParameterException")]
    public async Task GetProducts_Rejects_What_AWS_Rejects(string body, string code)
    {
        await using var sandbox = await RunningSandbox.StartAsync();

        await Wire.ErrorAsync(await sandbox.Client.SendAsync("/", "application/x-amz-json-1.1", Encoding.UTF8.GetBytes(body.Replace('\'', '"')), "pricing",
            new() { ["X-Amz-Target"] = "AWSPriceListService.GetProducts" }), 400, code);
    }

    private static Task<HttpResponseMessage> CeAsync(RunningSandbox sandbox, string operation, string body) =>
        sandbox.Client.SendAsync("/", "application/x-amz-json-1.1", Encoding.UTF8.GetBytes(body.ReplaceLineEndings(string.Empty).Replace('\'', '"')), "ce",
            new() { ["X-Amz-Target"] = "AWSInsightsIndexService." + operation });
}
