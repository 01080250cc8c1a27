using Advisor.Analyzers.Ml.PreviousGeneration;
using Advisor.Core.Analysis;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Sandbox.Generation;
using Advisor.Sandbox.Tests.Generation.Rightsize;
using Microsoft.Extensions.Options;

namespace Advisor.Sandbox.Tests.Generation.PreviousGeneration;

/// <summary>The real ml-previous-generation analyzer over generated estates, scored against the ground truth.</summary>
public sealed class PreviousGenerationVsGroundTruthTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 22, 0, 0, TimeSpan.Zero);

    public static TheoryData<int, int> SeedsAndScales => new() { { 1, 20 }, { 2, 20 }, { 3, 20 }, { 1, 300 }, { 2, 300 }, { 3, 300 } };

    [Theory]
    [MemberData(nameof(SeedsAndScales))]
    public void Has_Precision_And_Recall_Of_One_And_Savings_Within_Two_Percent(int seed, int scale)
    {
        var generated = EstateGenerator.Generate(new GeneratorOptions { Seed = seed, Scale = scale, Now = Now });
        var analyzer = new MlPreviousGenerationAnalyzer(Options.Create(new MlPreviousGenerationOptions()));

        var recommended = analyzer.Analyze(EndpointSnapshotMapper.Map(generated.Estate, []), new AnalysisContext(BundledPriceBook.Default))
            .Where(f => f.Kind == FindingKind.Recommend)
            .ToDictionary(f => f.Resource.Id, f => f.Savings!.Amount, StringComparer.Ordinal);
        var planted = generated.GroundTruth.Opportunities.Where(o => o.Analyzer == analyzer.Descriptor.Id)
            .ToDictionary(o => o.ResourceId, o => o.MonthlySavings, StringComparer.Ordinal);

        Assert.Equal(planted.Keys.Order(StringComparer.Ordinal), recommended.Keys.Order(StringComparer.Ordinal));
        foreach (var (resource, expected) in planted)
        {
            Assert.True(Math.Abs(recommended[resource] - expected) <= expected * 0.02m, $"{resource}: analyzer {recommended[resource]}, planted {expected}");
        }

        var misses = generated.GroundTruth.NearMisses.Where(n => n.Analyzer == analyzer.Descriptor.Id).Select(n => n.ResourceId);
        Assert.All(misses, miss => Assert.DoesNotContain(miss, recommended.Keys));
    }
}
