using Advisor.Sandbox.Generation;

namespace Advisor.Sandbox.Tests.Generation.Autoscaling;

public sealed class AutoscalingGroundTruthTests
{
    private const string Analyzer = "sagemaker-endpoint-autoscaling";

    private static readonly DateTimeOffset Now = new(2026, 11, 26, 22, 0, 0, TimeSpan.Zero);

    public static TheoryData<int, int> SeedsAndScales => new() { { 1, 20 }, { 2, 20 }, { 3, 20 }, { 1, 300 }, { 2, 300 }, { 3, 300 } };

    [Theory]
    [MemberData(nameof(SeedsAndScales))]
    public void The_Autoscaling_Rule_Recomputed_From_The_Hourly_Store_Finds_Exactly_The_Planted_Opportunities(int seed, int scale)
    {
        var generated = EstateGenerator.Generate(new GeneratorOptions { Seed = seed, Scale = scale, Now = Now });
        var planted = generated.GroundTruth.Opportunities.Where(o => o.Analyzer == Analyzer)
            .ToDictionary(o => o.ResourceId, o => o.MonthlySavings, StringComparer.Ordinal);

        var oracle = AutoscalingRuleOracle.Opportunities(generated.Estate);

        Assert.Equal(oracle.OrderBy(p => p.Key, StringComparer.Ordinal), planted.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Some_Multi_Instance_Variants_Get_A_Policy_And_Are_Near_Misses(int seed)
    {
        var generated = EstateGenerator.Generate(new GeneratorOptions { Seed = seed, Scale = 300, Now = Now });
        var policies = generated.Estate.ScalingPolicies;
        var misses = generated.GroundTruth.NearMisses.Where(n => n.Analyzer == Analyzer).ToList();

        Assert.NotEmpty(policies);
        Assert.All(policies, p => Assert.Contains(misses, m => m.ResourceId == p.EndpointName + "/" + p.VariantName));
        Assert.All(policies, p => Assert.Equal($"endpoint/{p.EndpointName}/variant/{p.VariantName}", p.ResourceId));
        Assert.Empty(misses.Select(m => m.ResourceId).Intersect(AutoscalingRuleOracle.Opportunities(generated.Estate).Keys));
    }
}
