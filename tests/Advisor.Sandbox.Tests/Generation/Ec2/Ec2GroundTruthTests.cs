using Advisor.Sandbox.Generation;

namespace Advisor.Sandbox.Tests.Generation.Ec2;

public sealed class Ec2GroundTruthTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 22, 0, 0, TimeSpan.Zero);

    public static TheoryData<int, int> SeedsAndScales => new() { { 1, 20 }, { 2, 20 }, { 3, 20 }, { 1, 300 }, { 2, 300 }, { 3, 300 } };

    [Theory]
    [MemberData(nameof(SeedsAndScales))]
    public void The_Ec2_Rules_Recomputed_From_The_Hourly_Store_Find_Exactly_The_Planted_Opportunities(int seed, int scale)
    {
        var generated = EstateGenerator.Generate(new GeneratorOptions { Seed = seed, Scale = scale, Now = Now });
        var truth = generated.GroundTruth;
        var idle = truth.Opportunities.Where(o => o.Analyzer == "ec2-gpu-idle").ToDictionary(o => o.ResourceId, o => o.MonthlySavings);
        var rightsize = truth.Opportunities.Where(o => o.Analyzer == "ec2-gpu-rightsize").ToDictionary(o => o.ResourceId, o => o.MonthlySavings);

        foreach (var instance in generated.Estate.Ec2Instances)
        {
            Assert.Equal(idle.TryGetValue(instance.InstanceId, out var i) ? i : null, Ec2RuleOracle.Idle(generated.Estate, instance));
            Assert.Equal(rightsize.TryGetValue(instance.InstanceId, out var r) ? r : null, Ec2RuleOracle.Rightsize(generated.Estate, instance)?.Savings);
        }

        var ids = generated.Estate.Ec2Instances.Select(i => i.InstanceId).ToHashSet(StringComparer.Ordinal);
        Assert.All(truth.NearMisses.Where(n => n.Analyzer.StartsWith("ec2-", StringComparison.Ordinal)), n => Assert.Contains(n.ResourceId, ids));
    }

    [Theory]
    [InlineData(1, 20, 5, 4)]
    [InlineData(2, 300, 11, 13)]
    public void Plants_More_Ec2_Opportunities_As_The_Estate_Grows(int seed, int scale, int idle, int rightsize)
    {
        var truth = EstateGenerator.Generate(new GeneratorOptions { Seed = seed, Scale = scale, Now = Now }).GroundTruth;

        Assert.Equal(idle, truth.Opportunities.Count(o => o.Analyzer == "ec2-gpu-idle"));
        Assert.Equal(rightsize, truth.Opportunities.Count(o => o.Analyzer == "ec2-gpu-rightsize"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Every_Near_Miss_Is_Not_An_Opportunity_By_The_Oracle(int seed)
    {
        var generated = EstateGenerator.Generate(new GeneratorOptions { Seed = seed, Scale = 20, Now = Now });
        var byId = generated.Estate.Ec2Instances.ToDictionary(i => i.InstanceId, StringComparer.Ordinal);
        var misses = generated.GroundTruth.NearMisses.Where(n => n.Analyzer.StartsWith("ec2-", StringComparison.Ordinal)).ToList();

        Assert.Equal(6, misses.Count(n => n.Analyzer == "ec2-gpu-idle"));
        Assert.Equal(3, misses.Count(n => n.Analyzer == "ec2-gpu-rightsize"));
        Assert.All(misses.Where(n => n.Analyzer == "ec2-gpu-idle"), n => Assert.Null(Ec2RuleOracle.Idle(generated.Estate, byId[n.ResourceId])));
        Assert.All(misses.Where(n => n.Analyzer == "ec2-gpu-rightsize"), n => Assert.Null(Ec2RuleOracle.Rightsize(generated.Estate, byId[n.ResourceId])));
    }

    [Fact]
    public void Small_Estates_Keep_Only_The_Twelve_Base_Instances()
    {
        var generated = EstateGenerator.Generate(new GeneratorOptions { Seed = 4, Scale = 3, Now = Now });

        Assert.Equal(12, generated.Estate.Ec2Instances.Count);
        Assert.Equal(3, generated.GroundTruth.Opportunities.Count(o => o.Analyzer == "ec2-gpu-idle"));
        Assert.Equal(1, generated.GroundTruth.Opportunities.Count(o => o.Analyzer == "ec2-gpu-rightsize"));
    }
}
