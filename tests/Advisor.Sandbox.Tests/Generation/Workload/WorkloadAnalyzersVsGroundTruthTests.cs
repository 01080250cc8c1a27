using Advisor.Analyzers.SageMaker.NotebookIdle;
using Advisor.Analyzers.SageMaker.TrainingSpot;
using Advisor.Core.Analysis;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Sandbox.Generation;
using Microsoft.Extensions.Options;

namespace Advisor.Sandbox.Tests.Generation.Workload;

/// <summary>The real training-spot and notebook-idle analyzers over generated estates, scored against the ground truth.</summary>
public sealed class WorkloadAnalyzersVsGroundTruthTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 22, 0, 0, TimeSpan.Zero);

    public static TheoryData<int, int> SeedsAndScales => new() { { 1, 20 }, { 2, 20 }, { 3, 20 }, { 1, 300 }, { 2, 300 }, { 3, 300 } };

    [Theory]
    [MemberData(nameof(SeedsAndScales))]
    public void Training_Spot_Has_Precision_And_Recall_Of_One_And_Savings_Within_Two_Percent(int seed, int scale)
    {
        var generated = EstateGenerator.Generate(new GeneratorOptions { Seed = seed, Scale = scale, Now = Now });
        var analyzer = new SageMakerTrainingSpotAnalyzer(Options.Create(new SageMakerTrainingSpotOptions()));

        Score(analyzer, generated);
    }

    [Theory]
    [MemberData(nameof(SeedsAndScales))]
    public void Notebook_Idle_Has_Precision_And_Recall_Of_One_And_Savings_Within_Two_Percent(int seed, int scale)
    {
        var generated = EstateGenerator.Generate(new GeneratorOptions { Seed = seed, Scale = scale, Now = Now });
        var analyzer = new SageMakerNotebookIdleAnalyzer(Options.Create(new SageMakerNotebookIdleOptions()));

        Score(analyzer, generated);
    }

    [Fact]
    public void The_Planted_Pipelines_Get_Each_Action_And_Near_Misses_Get_No_Recommendation()
    {
        var generated = EstateGenerator.Generate(new GeneratorOptions { Seed = 1, Scale = 300, Now = Now });
        var analyzer = new SageMakerTrainingSpotAnalyzer(Options.Create(new SageMakerTrainingSpotOptions()));
        var findings = analyzer.Analyze(WorkloadSnapshotMapper.Map(generated.Estate), new AnalysisContext(BundledPriceBook.Default)).ToList();

        var segment = Assert.Single(findings, f => f.Resource.Id == "segment-train");
        Assert.Equal(("enable-managed-spot", Confidence.High), (segment.Action, segment.Confidence));
        Assert.Contains(findings, f => f.Action == "add-checkpointing-then-spot");
        Assert.Equal(FindingKind.InsufficientData, Assert.Single(findings, f => f.Resource.Id == "adhoc-train").Kind);
        Assert.DoesNotContain(findings, f => f.Resource.Id == "archive-train");
    }

    private static void Score(IAnalyzer analyzer, GeneratedEstate generated)
    {
        var id = analyzer.Descriptor.Id;
        var recommended = analyzer.Analyze(WorkloadSnapshotMapper.Map(generated.Estate), new AnalysisContext(BundledPriceBook.Default))
            .Where(f => f.Kind == FindingKind.Recommend)
            .ToDictionary(f => f.Resource.Id, f => f.Savings!.Amount, StringComparer.Ordinal);
        var planted = generated.GroundTruth.Opportunities.Where(o => o.Analyzer == id)
            .ToDictionary(o => o.ResourceId, o => o.MonthlySavings, StringComparer.Ordinal);

        Assert.NotEmpty(planted);
        Assert.Equal(planted.Keys.Order(StringComparer.Ordinal), recommended.Keys.Order(StringComparer.Ordinal));
        foreach (var (resource, expected) in planted)
        {
            Assert.True(Math.Abs(recommended[resource] - expected) <= expected * 0.02m, $"{resource}: analyzer {recommended[resource]}, planted {expected}");
        }

        var misses = generated.GroundTruth.NearMisses.Where(n => n.Analyzer == id).Select(n => n.ResourceId);
        Assert.All(misses, miss => Assert.DoesNotContain(miss, recommended.Keys));
    }
}
