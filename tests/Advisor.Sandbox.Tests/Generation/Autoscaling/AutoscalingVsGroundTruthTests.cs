using Advisor.Analyzers.SageMaker.EndpointAutoscaling;
using Advisor.Core.Analysis;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;
using Advisor.Sandbox.Generation;
using Advisor.Sandbox.Tests.Generation.Rightsize;
using Microsoft.Extensions.Options;

namespace Advisor.Sandbox.Tests.Generation.Autoscaling;

/// <summary>The real analyzer over a snapshot built from the generated estate: precision and recall 1, savings within 2%.</summary>
public sealed class AutoscalingVsGroundTruthTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 22, 0, 0, TimeSpan.Zero);

    public static TheoryData<int, int> SeedsAndScales => new() { { 1, 20 }, { 2, 20 }, { 3, 20 }, { 1, 300 }, { 2, 300 }, { 3, 300 } };

    [Theory]
    [MemberData(nameof(SeedsAndScales))]
    public void The_Analyzer_Finds_Exactly_The_Planted_Opportunities_With_Their_Savings(int seed, int scale)
    {
        var generated = EstateGenerator.Generate(new GeneratorOptions { Seed = seed, Scale = scale, Now = Now });
        var analyzer = new SageMakerEndpointAutoscalingAnalyzer(Options.Create(new SageMakerEndpointAutoscalingOptions()));
        var estate = generated.Estate;

        // Why: the collector's view of Application Auto Scaling, added before planning so scaled variants are not queried.
        var bare = EndpointSnapshotMapper.Map(estate, []);
        var inventory = bare.Inventory with { ScaledVariantResourceIds = [.. estate.ScalingPolicies.Select(p => p.ResourceId)] };
        var mapped = EndpointSnapshotMapper.Map(estate, [analyzer]);
        var snapshot = mapped with
        {
            Inventory = inventory,
            Sources = [new SourceStatus(Sources.ApplicationAutoScaling, SourceHealth.Healthy)],
        };

        var all = analyzer.Analyze(snapshot, new AnalysisContext(BundledPriceBook.Default)).ToList();
        var found = all.Where(f => f.Kind == FindingKind.Recommend).ToDictionary(f => f.Resource.Id, f => f.Savings!.Amount, StringComparer.Ordinal);
        var planted = generated.GroundTruth.Opportunities.Where(o => o.Analyzer == SageMakerEndpointAutoscalingAnalyzer.Id)
            .ToDictionary(o => o.ResourceId, o => o.MonthlySavings, StringComparer.Ordinal);

        foreach (var miss in planted.Keys.Except(found.Keys))
        {
            Assert.Fail(miss + ": " + all.Single(f => f.Resource.Id == miss).Summary);
        }

        Assert.Equal(planted.Keys.Order(StringComparer.Ordinal), found.Keys.Order(StringComparer.Ordinal));
        Assert.All(planted, p => Assert.InRange(found[p.Key], p.Value * 0.98m, p.Value * 1.02m));
        Assert.All(generated.GroundTruth.NearMisses.Where(n => n.Analyzer == SageMakerEndpointAutoscalingAnalyzer.Id),
            n => Assert.DoesNotContain(n.ResourceId, found.Keys));
    }

    [Fact]
    public void The_Estate_Has_Autoscaling_Opportunities_At_Scale_300()
    {
        var generated = EstateGenerator.Generate(new GeneratorOptions { Seed = 1, Scale = 300, Now = Now });

        Assert.Contains(generated.GroundTruth.Opportunities, o => o.Analyzer == SageMakerEndpointAutoscalingAnalyzer.Id);
    }
}
