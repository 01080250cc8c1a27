using Advisor.Analyzers.SageMaker.EndpointConsolidation;
using Advisor.Core.Analysis;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Sandbox.Generation;
using Microsoft.Extensions.Options;

namespace Advisor.Sandbox.Tests.Generation.Consolidation;

/// <summary>The real analyzer over a snapshot built from the generated estate: precision and recall 1, savings within 2%.</summary>
public sealed class EndpointConsolidationVsGroundTruthTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 22, 0, 0, TimeSpan.Zero);

    public static TheoryData<int, int> SeedsAndScales => new() { { 1, 20 }, { 2, 20 }, { 3, 20 }, { 1, 300 }, { 2, 300 }, { 3, 300 } };

    [Theory]
    [MemberData(nameof(SeedsAndScales))]
    public void The_Analyzer_Finds_Exactly_The_Planted_Groups_With_Their_Savings(int seed, int scale)
    {
        var generated = EstateGenerator.Generate(new GeneratorOptions { Seed = seed, Scale = scale, Now = Now });
        var analyzer = new SageMakerEndpointConsolidationAnalyzer(Options.Create(new SageMakerEndpointConsolidationOptions()));
        var snapshot = ConsolidationSnapshotMapper.Map(generated.Estate, [analyzer]);

        var all = analyzer.Analyze(snapshot, new AnalysisContext(BundledPriceBook.Default)).ToList();
        var found = all.Where(f => f.Kind == FindingKind.Recommend).ToDictionary(f => f.Resource.Id, f => f.Savings!.Amount, StringComparer.Ordinal);
        var planted = generated.GroundTruth.Opportunities.Where(o => o.Analyzer == SageMakerEndpointConsolidationAnalyzer.Id)
            .ToDictionary(o => o.ResourceId, o => o.MonthlySavings, StringComparer.Ordinal);

        // Why: scale 20 has too few endpoints sharing an image for a low-use pair, and the endpoint count must equal the scale, so
        // no extra endpoints are planted; there both sides must be empty alike.
        if (scale >= 300)
        {
            Assert.NotEmpty(planted);
        }

        foreach (var miss in planted.Keys.Except(found.Keys))
        {
            Assert.Fail(miss + ": " + all.Single(f => f.Resource.Id == miss).Summary);
        }

        Assert.Equal(planted.Keys.Order(StringComparer.Ordinal), found.Keys.Order(StringComparer.Ordinal));
        Assert.All(planted, p => Assert.InRange(found[p.Key], p.Value * 0.98m, p.Value * 1.02m));
        Assert.All(generated.GroundTruth.NearMisses.Where(n => n.Analyzer == SageMakerEndpointConsolidationAnalyzer.Id),
            n => Assert.DoesNotContain(n.ResourceId, found.Keys));
    }
}
