using Advisor.Core.Pricing;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Generation;

namespace Advisor.Sandbox.Tests.Generation.PreviousGeneration;

/// <summary>The generator's ml-previous-generation ground truth checked against an independent restatement of the rule.</summary>
public sealed class PreviousGenerationGroundTruthTests
{
    private const string Analyzer = "ml-previous-generation";

    private static readonly DateTimeOffset Now = new(2026, 11, 26, 22, 0, 0, TimeSpan.Zero);

    public static TheoryData<int, int> SeedsAndScales => new() { { 1, 20 }, { 2, 20 }, { 3, 20 }, { 1, 300 }, { 2, 300 }, { 3, 300 } };

    [Theory]
    [MemberData(nameof(SeedsAndScales))]
    public void Every_Endpoint_With_A_Cheaper_Successor_Is_Planted_With_The_Oracle_Savings(int seed, int scale)
    {
        var generated = EstateGenerator.Generate(new GeneratorOptions { Seed = seed, Scale = scale, Now = Now });

        var expected = Oracle(generated.Estate).Order().ToList();
        var planted = generated.GroundTruth.Opportunities.Where(o => o.Analyzer == Analyzer)
            .Select(o => (o.ResourceId, o.MonthlySavings)).Order().ToList();

        Assert.Equal(expected, planted);
        Assert.DoesNotContain(generated.GroundTruth.NearMisses, n => n.Analyzer == Analyzer && planted.Any(p => p.ResourceId == n.ResourceId));
    }

    [Fact]
    public void Large_Estates_Carry_Both_Opportunities_And_Near_Misses()
    {
        var generated = EstateGenerator.Generate(new GeneratorOptions { Seed = 1, Scale = 300, Now = Now });

        Assert.Contains(generated.GroundTruth.Opportunities, o => o.Analyzer == Analyzer && o.MonthlySavings > 0);
        Assert.Contains(generated.GroundTruth.NearMisses, n => n.Analyzer == Analyzer);
    }

    /// <summary>The rule restated: only the P3 types have successors cheaper per hour in the bundled table.</summary>
    private static IEnumerable<(string, decimal)> Oracle(SandboxEstate estate)
    {
        var prices = BundledPriceBook.Default;
        var cheaper = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ml.p3.2xlarge"] = "ml.g5.2xlarge",
            ["ml.p3.8xlarge"] = "ml.g5.12xlarge",
            ["ml.p3.16xlarge"] = "ml.p4d.24xlarge",
        };
        foreach (var endpoint in estate.Endpoints.Where(e => e.Status == "InService"))
        {
            var config = estate.EndpointConfigs.Single(c => c.Name == endpoint.ConfigName);
            var old = config.Variants.Where(v => v.InstanceType is not null && cheaper.ContainsKey(v.InstanceType)).ToList();
            if (old.Count > 0)
            {
                var total = old.Sum(v => (prices.Find(v.InstanceType!, estate.Region, PriceComponent.Hosting)!.HourlyUsd
                    - prices.Find(cheaper[v.InstanceType!], estate.Region, PriceComponent.Hosting)!.HourlyUsd) * v.InstanceCount!.Value * 730m);
                yield return (endpoint.Name, Math.Round(total, 2, MidpointRounding.AwayFromZero));
            }
        }
    }
}
