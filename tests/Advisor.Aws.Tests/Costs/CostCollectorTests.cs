using Advisor.Aws.Collection.Costs;
using Advisor.Core.Snapshots;
using Advisor.Sandbox;
using Microsoft.Extensions.Logging.Abstractions;

namespace Advisor.Aws.Tests.Costs;

/// <summary>The cost collector: at most two billed Cost Explorer calls per account and day, none on later cycles, failures as statuses.</summary>
public sealed class CostCollectorTests : IDisposable
{
    private readonly string _cacheDir = Path.Combine(Path.GetTempPath(), "advisor-cost-tests-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Makes_At_Most_Two_Calls_On_The_First_Cycle_And_None_On_The_Second()
    {
        await using var sandbox = await CostSandbox.GeneratedAsync(seed: 42, scale: 40);
        var collector = Collector(sandbox, new InMemoryCostCache());

        var (first, firstStatus) = await collector.CollectAsync("123456789012", CancellationToken.None);
        var (second, secondStatus) = await collector.CollectAsync("123456789012", CancellationToken.None);

        Assert.Equal(1, sandbox.Calls("CostExplorer.GetCostAndUsage"));
        Assert.Equal(1, sandbox.Calls("CostExplorer.GetSavingsPlansPurchaseRecommendation"));
        Assert.Equal((SourceHealth.Healthy, 2), (firstStatus.Health, firstStatus.Calls));
        Assert.Equal((SourceHealth.Healthy, 0), (secondStatus.Health, secondStatus.Calls));
        Assert.False(first!.FromCache);
        Assert.True(second!.FromCache);
        Assert.Equal(first.Daily, second.Daily);
        Assert.Equal((sandbox.Today.AddDays(-new CostCollectorOptions().LookbackDays), sandbox.Today), (first.Start, first.End));
        Assert.NotNull(first.SavingsPlan);
    }

    [Fact]
    public async Task Two_Regions_Of_One_Account_Collected_At_Once_Share_One_Fetch()
    {
        await using var sandbox = await CostSandbox.GeneratedAsync(seed: 47, scale: 10);
        var collector = Collector(sandbox, new InMemoryCostCache());

        var results = await Task.WhenAll(
            collector.CollectAsync("123456789012", CancellationToken.None), collector.CollectAsync("123456789012", CancellationToken.None));

        Assert.Equal(1, sandbox.Calls("CostExplorer.GetCostAndUsage"));
        Assert.Equal(2, results.Sum(r => r.Status.Calls));
        Assert.Single(results, r => r.Costs!.FromCache);
    }

    [Fact]
    public async Task The_File_Cache_Survives_A_Restart_So_A_New_Collector_Makes_No_Call()
    {
        await using var sandbox = await CostSandbox.GeneratedAsync(seed: 43, scale: 20);
        var (fetched, _) = await Collector(sandbox, new FileCostCache(_cacheDir, NullLogger<FileCostCache>.Instance))
            .CollectAsync("123456789012", CancellationToken.None);
        sandbox.Server.Stats.Reset();

        var (cached, status) = await Collector(sandbox, new FileCostCache(_cacheDir, NullLogger<FileCostCache>.Instance))
            .CollectAsync("123456789012", CancellationToken.None);

        Assert.Empty(sandbox.Server.Stats.Snapshot().Calls);
        Assert.True(cached!.FromCache);
        Assert.Equal(fetched!.Daily, cached.Daily);
        Assert.Equal(fetched.SavingsPlan, cached.SavingsPlan);
        Assert.Equal(0, status.Calls);
        Assert.Single(Directory.GetFiles(_cacheDir, "costs-123456789012-*.json"));
    }

    [Fact]
    public async Task Collected_Daily_Costs_Agree_With_The_Estate_For_A_Recomputed_Day()
    {
        await using var sandbox = await CostSandbox.GeneratedAsync(seed: 44, scale: 40);
        var (costs, _) = await Collector(sandbox, new InMemoryCostCache()).CollectAsync("123456789012", CancellationToken.None);

        var day = sandbox.Today.AddDays(-7);
        var expected = CostSandbox.ExpectedDay(sandbox.Estate, day);
        var actual = costs!.Daily.Where(d => d.Date == day).ToDictionary(d => d.UsageType);

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, e => Assert.InRange(actual[e.Key].UnblendedCost, e.Value.Cost - 0.0000000001m, e.Value.Cost + 0.0000000001m));
        Assert.All(actual.Values, d => Assert.Contains(d.Service, new[] { CostRequests.SageMakerService, CostRequests.Ec2ComputeService }));
    }

    [Theory]
    [InlineData(FaultKind.Deny, SourceHealth.AccessDenied, "AccessDeniedException")]
    [InlineData(FaultKind.Throttle, SourceHealth.Throttled, "ThrottlingException")]
    public async Task A_Failing_Cost_Explorer_Is_A_Status_Not_Zero_Spend_And_Is_Not_Cached(FaultKind kind, SourceHealth health, string code)
    {
        await using var sandbox = await CostSandbox.GeneratedAsync(seed: 45, scale: 10);
        sandbox.Server.Faults.Add(new FaultRule { Operation = "CostExplorer.*", Kind = kind, Count = 100 });
        var cache = new InMemoryCostCache();

        var (costs, status) = await Collector(sandbox, cache).CollectAsync("123456789012", CancellationToken.None);

        Assert.Null(costs);
        Assert.Equal(health, status.Health);
        Assert.Contains(code, status.Detail, StringComparison.Ordinal);
        Assert.Equal(0, sandbox.Calls("CostExplorer.GetSavingsPlansPurchaseRecommendation"));
        Assert.Null(await cache.TryGetAsync("123456789012", sandbox.Today));
    }

    [Fact]
    public async Task A_Denied_Recommendation_Keeps_The_Daily_Costs_And_Says_What_Failed()
    {
        await using var sandbox = await CostSandbox.GeneratedAsync(seed: 46, scale: 10);
        sandbox.Server.Faults.Add(new FaultRule { Operation = "CostExplorer.GetSavingsPlansPurchaseRecommendation", Kind = FaultKind.Deny, Count = 10 });

        var (costs, status) = await Collector(sandbox, new InMemoryCostCache()).CollectAsync("123456789012", CancellationToken.None);

        Assert.NotEmpty(costs!.Daily);
        Assert.Null(costs.SavingsPlan);
        Assert.Equal(SourceHealth.AccessDenied, status.Health);
        Assert.Contains("GetSavingsPlansPurchaseRecommendation", status.Detail, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_cacheDir))
        {
            Directory.Delete(_cacheDir, recursive: true);
        }
    }

    private static CostCollector Collector(CostSandbox sandbox, ICostCache cache) =>
        new(sandbox.CostExplorer, cache, new CostCollectorOptions(), TimeProvider.System, NullLogger<CostCollector>.Instance);
}
