using Advisor.Aws.Collection.Prices;
using Advisor.Aws.Pricing;
using Advisor.Core.Pricing;

namespace Advisor.Aws.Tests.Costs;

/// <summary>The Price List client against the sandbox: JSON-in-string items, paging, and the traps a naive client falls into.</summary>
public sealed class PricingClientTests
{
    private static readonly PricingFilter[] MlM5Large = [new("instanceName", "ml.m5.large"), new("regionCode", "us-east-1")];

    [Fact]
    public async Task The_Traps_Are_Skipped_And_The_Requested_Component_Is_Chosen()
    {
        await using var sandbox = await CostSandbox.StartAsync(CostSandbox.TaggedEstate(1));

        var page = await sandbox.Pricing.GetProductsAsync(new GetProductsRequest("AmazonSageMaker", MlM5Large, MaxResults: 100));

        // The traps are there: an upfront fee in Quantity with no component (cheaper than the hourly rate) and a zero-priced row, listed first.
        var fee = Assert.Single(page.PriceList, p => p.Attribute("usagetype") == "USE1-TrainingPlanUpfrontFee:ml.m5.large");
        Assert.Null(fee.Attribute("component"));
        Assert.Equal("Quantity", fee.OnDemand.Single().Unit);
        Assert.True(fee.OnDemand.Single().Usd < 0.115m);
        Assert.Contains(page.PriceList, p => p.OnDemand.Any(d => d.Usd == 0m) && p.Attribute("component") == "Hosting");
        Assert.NotEqual(0.115m, page.PriceList[0].OnDemand[0].Usd);

        var hosting = PriceListSelector.Select(page.PriceList, "ml.m5.large", PriceComponent.Hosting);
        var training = PriceListSelector.Select(page.PriceList, "ml.m5.large", PriceComponent.Training);

        Assert.Equal(0.115m, hosting!.HourlyUsd);
        Assert.Equal("USE1-Host:ml.m5.large", hosting.UsageType);
        Assert.Equal("USE1-Train:ml.m5.large", training!.UsageType);
        Assert.Equal(BundledPriceBook.Default.Find("ml.m5.large", "us-east-1", PriceComponent.Training)!.HourlyUsd, training.HourlyUsd);
        Assert.Matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}T00:00:00Z$", hosting.PublicationDate!);
        Assert.Matches("^[A-Z2-7]{16}$", hosting.Sku);
    }

    [Fact]
    public async Task The_Ec2_Linux_On_Demand_Row_Wins_Over_Windows_And_Zero_Priced_Reservations()
    {
        await using var sandbox = await CostSandbox.StartAsync(CostSandbox.TaggedEstate(1));
        var (serviceCode, filters) = PriceListCollector.Query("us-east-1", new PriceNeed("g5.xlarge", PriceComponent.Ec2));

        var page = await sandbox.Pricing.GetProductsAsync(new GetProductsRequest(serviceCode, filters));
        var loose = await sandbox.Pricing.GetProductsAsync(new GetProductsRequest(serviceCode, [new("instanceType", "g5.xlarge"), new("regionCode", "us-east-1")]));

        Assert.Equal(1.006m, PriceListSelector.Select(page.PriceList, "g5.xlarge", PriceComponent.Ec2)!.HourlyUsd);
        Assert.Equal(1.006m, PriceListSelector.Select(loose.PriceList, "g5.xlarge", PriceComponent.Ec2)!.HourlyUsd);
        Assert.Equal(4, loose.PriceList.Count);
        Assert.Contains(loose.PriceList, p => p.Attribute("operatingSystem") == "Windows" && p.OnDemand[0].Usd > 1.006m);
    }

    [Fact]
    public async Task Small_Pages_Follow_NextToken_To_The_Same_Products()
    {
        await using var sandbox = await CostSandbox.StartAsync(CostSandbox.TaggedEstate(1));
        var all = await sandbox.Pricing.GetProductsAsync(new GetProductsRequest("AmazonSageMaker", MlM5Large));
        sandbox.Server.Stats.Reset();

        var paged = new List<PriceListProduct>();
        string? token = null;
        do
        {
            var page = await sandbox.Pricing.GetProductsAsync(new GetProductsRequest("AmazonSageMaker", MlM5Large, MaxResults: 2, NextToken: token));
            paged.AddRange(page.PriceList);
            token = page.NextToken;
        }
        while (token is not null);

        Assert.Null(all.NextToken);
        Assert.Equal(all.PriceList.Select(p => p.Sku), paged.Select(p => p.Sku));
        Assert.Equal((all.PriceList.Count + 1) / 2, sandbox.Calls("Pricing.GetProducts"));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => sandbox.Pricing.GetProductsAsync(new GetProductsRequest("AmazonEC2", [], MaxResults: 101)));
    }
}
