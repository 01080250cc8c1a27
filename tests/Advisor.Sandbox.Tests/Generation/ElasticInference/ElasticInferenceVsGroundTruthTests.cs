using Advisor.Analyzers.SageMaker.ElasticInference;
using Advisor.Core.Analysis;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;
using Advisor.Sandbox.Generation;
using Advisor.Sandbox.Tests.Generation.Rightsize;
using Advisor.Sandbox.Tests.Generation.Workload;
using Microsoft.Extensions.Options;

namespace Advisor.Sandbox.Tests.Generation.ElasticInference;

/// <summary>The real sagemaker-elastic-inference analyzer over generated estates, scored against the ground truth.</summary>
public sealed class ElasticInferenceVsGroundTruthTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 22, 0, 0, TimeSpan.Zero);

    public static TheoryData<int, int> SeedsAndScales => new() { { 1, 20 }, { 2, 20 }, { 3, 20 }, { 1, 300 }, { 2, 300 }, { 3, 300 } };

    [Theory]
    [MemberData(nameof(SeedsAndScales))]
    public void Has_Precision_And_Recall_Of_One_And_Savings_Within_Two_Percent(int seed, int scale)
    {
        var generated = EstateGenerator.Generate(new GeneratorOptions { Seed = seed, Scale = scale, Now = Now });
        var analyzer = new SageMakerElasticInferenceAnalyzer(Options.Create(new SageMakerElasticInferenceOptions()));

        var recommended = analyzer.Analyze(Map(generated), new AnalysisContext(BundledPriceBook.Default))
            .Where(f => f.Kind == FindingKind.Recommend)
            .ToDictionary(f => f.Resource.Id, f => f.Savings!.Amount, StringComparer.Ordinal);
        var planted = generated.GroundTruth.Opportunities.Where(o => o.Analyzer == analyzer.Descriptor.Id)
            .ToDictionary(o => o.ResourceId, o => o.MonthlySavings, StringComparer.Ordinal);

        Assert.NotEmpty(planted);
        Assert.Equal(planted.Keys.Order(StringComparer.Ordinal), recommended.Keys.Order(StringComparer.Ordinal));
        foreach (var (resource, expected) in planted)
        {
            // Why: savings may be negative (a must-do that costs more) or 0 (a Stopped notebook), so the tolerance is on the magnitude.
            Assert.True(Math.Abs(recommended[resource] - expected) <= Math.Abs(expected) * 0.02m, $"{resource}: analyzer {recommended[resource]}, planted {expected}");
        }

        var misses = generated.GroundTruth.NearMisses.Where(n => n.Analyzer == analyzer.Descriptor.Id).Select(n => n.ResourceId);
        Assert.All(misses, miss => Assert.DoesNotContain(miss, recommended.Keys));
    }

    /// <summary>Endpoints as the collectors describe them (no metrics are planned) joined with the notebooks.</summary>
    private static ScopeSnapshot Map(GeneratedEstate generated)
    {
        var endpoints = EndpointSnapshotMapper.Map(generated.Estate, []);
        var workload = WorkloadSnapshotMapper.Map(generated.Estate);
        return endpoints with { Inventory = endpoints.Inventory with { NotebookInstances = workload.Inventory.NotebookInstances } };
    }
}
