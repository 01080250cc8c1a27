using Advisor.Sandbox.Generation;

namespace Advisor.Sandbox.Tests.Generation.Rightsize;

public sealed class EndpointRightsizeGroundTruthTests
{
    private const string Analyzer = "sagemaker-endpoint-rightsize";

    private static readonly DateTimeOffset Now = new(2026, 11, 26, 22, 0, 0, TimeSpan.Zero);

    public static TheoryData<int, int> SeedsAndScales => new() { { 1, 20 }, { 2, 20 }, { 3, 20 }, { 1, 300 }, { 2, 300 }, { 3, 300 } };

    [Theory]
    [MemberData(nameof(SeedsAndScales))]
    public void The_Rightsize_Rule_Recomputed_From_The_Hourly_Store_Finds_Exactly_The_Planted_Opportunities(int seed, int scale)
    {
        var generated = EstateGenerator.Generate(new GeneratorOptions { Seed = seed, Scale = scale, Now = Now });
        var planted = generated.GroundTruth.Opportunities.Where(o => o.Analyzer == Analyzer)
            .ToDictionary(o => o.ResourceId, o => o.MonthlySavings, StringComparer.Ordinal);

        var oracle = RightsizeRuleOracle.Opportunities(generated.Estate);

        Assert.NotEmpty(planted);
        Assert.Equal(oracle.OrderBy(p => p.Key, StringComparer.Ordinal), planted.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Near_Misses_Are_Variants_Of_The_Estate_That_The_Rule_Does_Not_Recommend(int seed)
    {
        var generated = EstateGenerator.Generate(new GeneratorOptions { Seed = seed, Scale = 20, Now = Now });
        var variants = generated.Estate.Endpoints
            .Join(generated.Estate.EndpointConfigs, e => e.ConfigName, c => c.Name, (e, c) => c.Variants.Select(v => e.Name + "/" + v.Name))
            .SelectMany(v => v)
            .ToHashSet(StringComparer.Ordinal);
        var misses = generated.GroundTruth.NearMisses.Where(n => n.Analyzer == Analyzer).ToList();
        var oracle = RightsizeRuleOracle.Opportunities(generated.Estate);

        Assert.Contains(misses, m => m.Reason.Contains("no cheaper fleet", StringComparison.Ordinal));
        Assert.Contains(misses, m => m.Reason.StartsWith("no invocations", StringComparison.Ordinal));
        Assert.All(misses, m => Assert.Contains(m.ResourceId, variants));
        Assert.All(misses, m => Assert.DoesNotContain(m.ResourceId, oracle.Keys));
    }

    [Fact]
    public void Every_Planted_Saving_Is_At_Least_The_Ten_Dollar_Minimum_And_In_Cents()
    {
        var generated = EstateGenerator.Generate(new GeneratorOptions { Seed = 2, Scale = 300, Now = Now });
        var planted = generated.GroundTruth.Opportunities.Where(o => o.Analyzer == Analyzer).ToList();

        Assert.All(planted, o => Assert.True(o.MonthlySavings >= 10m, o.ToString()));
        Assert.All(planted, o => Assert.Equal(Math.Round(o.MonthlySavings, 2), o.MonthlySavings));
    }
}
