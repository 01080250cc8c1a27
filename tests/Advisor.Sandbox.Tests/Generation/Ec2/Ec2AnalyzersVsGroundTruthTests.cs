using Advisor.Analyzers.Ec2.GpuIdle;
using Advisor.Analyzers.Ec2.GpuRightsize;
using Advisor.Core.Analysis;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Sandbox.Generation;
using Microsoft.Extensions.Options;

namespace Advisor.Sandbox.Tests.Generation.Ec2;

/// <summary>The real analyzers over a snapshot built from the generated estate: precision and recall 1, savings within 2%.</summary>
public sealed class Ec2AnalyzersVsGroundTruthTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 22, 0, 0, TimeSpan.Zero);

    public static TheoryData<int, int> SeedsAndScales => new() { { 1, 20 }, { 2, 20 }, { 3, 20 }, { 1, 300 }, { 2, 300 }, { 3, 300 } };

    [Theory]
    [MemberData(nameof(SeedsAndScales))]
    public void Both_Analyzers_Find_Exactly_The_Planted_Opportunities_With_Their_Savings(int seed, int scale)
    {
        var generated = EstateGenerator.Generate(new GeneratorOptions { Seed = seed, Scale = scale, Now = Now });
        IAnalyzer[] analyzers =
        [
            new Ec2GpuIdleAnalyzer(Options.Create(new Ec2GpuIdleOptions())),
            new Ec2GpuRightsizeAnalyzer(Options.Create(new Ec2GpuRightsizeOptions())),
        ];
        var snapshot = Ec2SnapshotMapper.Map(generated.Estate, analyzers);

        foreach (var analyzer in analyzers)
        {
            var id = analyzer.Descriptor.Id;
            var found = analyzer.Analyze(snapshot, new AnalysisContext(BundledPriceBook.Default))
                .Where(f => f.Kind == FindingKind.Recommend)
                .ToDictionary(f => f.Resource.Id, f => f.Savings!.Amount, StringComparer.Ordinal);
            var planted = generated.GroundTruth.Opportunities.Where(o => o.Analyzer == id)
                .ToDictionary(o => o.ResourceId, o => o.MonthlySavings, StringComparer.Ordinal);

            Assert.NotEmpty(planted);
            var all = analyzer.Analyze(snapshot, new AnalysisContext(BundledPriceBook.Default)).ToList();
            foreach (var miss in planted.Keys.Except(found.Keys))
            {
                Assert.Fail(id + " " + miss + ": " + all.Single(f => f.Resource.Id == miss).Summary);
            }

            Assert.Equal(planted.Keys.Order(StringComparer.Ordinal), found.Keys.Order(StringComparer.Ordinal));
            Assert.All(planted, p => Assert.InRange(found[p.Key], p.Value * 0.98m, p.Value * 1.02m));
            Assert.All(generated.GroundTruth.NearMisses.Where(n => n.Analyzer == id), n => Assert.DoesNotContain(n.ResourceId, found.Keys));
        }
    }
}
