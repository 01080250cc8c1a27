using Advisor.Aws.Collection.Prices;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;
using Advisor.Sandbox;
using Microsoft.Extensions.Logging.Abstractions;

namespace Advisor.Aws.Tests.Costs;

/// <summary>The price-list collector: one GetProducts per type × component, cached for the day, the bundled table as a labelled fallback.</summary>
public sealed class PriceListCollectorTests : IDisposable
{
    private static readonly PriceNeed[] Needs =
    [
        new("ml.m5.large", PriceComponent.Hosting),
        new("ml.g5.xlarge", PriceComponent.Hosting),
        new("ml.m5.large", PriceComponent.Training),
        new("ml.t3.medium", PriceComponent.Notebook),
        new("g5.xlarge", PriceComponent.Ec2),
    ];

    private readonly string _cacheDir = Path.Combine(Path.GetTempPath(), "advisor-price-tests-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Each_Needed_Price_Costs_One_Call_Carries_Its_Sku_And_Date_And_Is_Cached_For_The_Day()
    {
        await using var sandbox = await CostSandbox.StartAsync(CostSandbox.TaggedEstate(1));

        var (book, status) = await Collector(sandbox.Pricing).CollectAsync("us-east-1", Needs, CancellationToken.None);

        Assert.Equal((SourceHealth.Healthy, 5), (status.Health, status.Calls));
        Assert.Equal(5, sandbox.Calls("Pricing.GetProducts"));
        Assert.Equal(5, book.Quotes.Count);
        foreach (var need in Needs)
        {
            var quote = book.Find(need.InstanceType, "us-east-1", need.Component)!;
            Assert.Equal(BundledPriceBook.Default.Find(need.InstanceType, "us-east-1", need.Component)!.HourlyUsd, quote.HourlyUsd);
            Assert.StartsWith("Price List API: sku ", quote.Source, StringComparison.Ordinal);
            Assert.Matches("T00:00:00Z$", quote.AsOf);
        }

        Assert.Contains("usagetype USE1-Notebk:ml.t3.medium", book.Find("ml.t3.medium", "us-east-1", PriceComponent.Notebook)!.Source, StringComparison.Ordinal);

        // A restart the same day reads the disk cache: no call.
        var (again, againStatus) = await Collector(sandbox.Pricing).CollectAsync("us-east-1", Needs, CancellationToken.None);
        Assert.Equal(5, sandbox.Calls("Pricing.GetProducts"));
        Assert.Equal(0, againStatus.Calls);
        Assert.Equal(book.Quotes, again.Quotes);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_Denied_Price_List_Falls_Back_To_The_Bundled_Table_And_The_Status_Says_So(bool wrongKey)
    {
        await using var sandbox = await CostSandbox.StartAsync(CostSandbox.TaggedEstate(1));
        var pricing = wrongKey ? sandbox.Factory("not-the-secret").CreatePricing(sandbox.Server.BaseUrl) : sandbox.Pricing;
        if (!wrongKey)
        {
            sandbox.Server.Faults.Add(new FaultRule { Operation = "Pricing.*", Kind = FaultKind.Deny, Count = 100 });
        }

        var (book, status) = await Collector(pricing).CollectAsync("us-east-1", Needs, CancellationToken.None);

        Assert.Equal(SourceHealth.AccessDenied, status.Health);
        Assert.Contains("bundled table", status.Detail, StringComparison.Ordinal);
        Assert.Equal(1, sandbox.Calls("Pricing.GetProducts"));
        Assert.Empty(book.Quotes);
        var quote = book.Find("ml.g5.xlarge", "us-east-1", PriceComponent.Hosting)!;
        Assert.Equal(1.408m, quote.HourlyUsd);
        Assert.StartsWith("bundled table: ", quote.Source, StringComparison.Ordinal);
        Assert.Contains("fallback: Price List API", quote.Source, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_cacheDir) && Directory.GetFiles(_cacheDir).Any(f => File.ReadAllText(f).Contains("g5", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_Type_The_Price_List_Does_Not_Have_Is_Missing_Data_And_Never_A_Guess()
    {
        await using var sandbox = await CostSandbox.StartAsync(CostSandbox.TaggedEstate(1));

        var (book, status) = await Collector(sandbox.Pricing).CollectAsync(
            "us-east-1", [new("ml.m5.large", PriceComponent.Hosting), new("ml.inf1.xlarge", PriceComponent.Training)], CancellationToken.None);

        Assert.Equal(SourceHealth.MissingData, status.Health);
        Assert.Null(book.Find("ml.inf1.xlarge", "us-east-1", PriceComponent.Training));
        Assert.NotNull(book.Find("ml.m5.large", "us-east-1", PriceComponent.Hosting));
    }

    [Fact]
    public void Needs_Are_Exactly_The_Inventory_Types_And_Components()
    {
        var inventory = new ScopeInventory(new Scope("123456789012", "us-east-1"),
        [
            new SageMakerEndpoint
            {
                Name = "a", Arn = "arn", Status = "InService", CreationTime = DateTimeOffset.UnixEpoch, LastModifiedTime = DateTimeOffset.UnixEpoch,
                Variants = [new EndpointVariant { Name = "v", InstanceType = "ml.m5.large", InstanceCount = 1 }, new EndpointVariant { Name = "s", ServerlessMemoryMb = 2048 }],
            },
        ])
        {
            NotebookInstances = [new SageMakerNotebookInstance { Name = "nb", Arn = "arn", Status = "InService", InstanceType = "ml.t3.medium", CreationTime = DateTimeOffset.UnixEpoch, LastModifiedTime = DateTimeOffset.UnixEpoch }],
        };

        Assert.Equal([new PriceNeed("ml.m5.large", PriceComponent.Hosting), new PriceNeed("ml.t3.medium", PriceComponent.Notebook)], PriceNeed.For(inventory));
    }

    public void Dispose()
    {
        if (Directory.Exists(_cacheDir))
        {
            Directory.Delete(_cacheDir, recursive: true);
        }
    }

    private PriceListCollector Collector(Aws.Pricing.IPricingApi pricing) => new(
        pricing, new PriceCache(_cacheDir, NullLogger<PriceCache>.Instance), new PriceListOptions { CacheDirectory = _cacheDir },
        TimeProvider.System, NullLogger<PriceListCollector>.Instance);
}
