using Advisor.Sandbox.Generation;

namespace Advisor.Sandbox.Tests.Generation.Workload;

/// <summary>The ground truth of sagemaker-training-spot and sagemaker-notebook-idle against independent oracles of their rules.</summary>
public sealed class WorkloadGroundTruthTests
{
    private const string TrainingSpot = "sagemaker-training-spot";
    private const string NotebookIdle = "sagemaker-notebook-idle";
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 22, 0, 0, TimeSpan.Zero);

    public static TheoryData<int, int> SeedsAndScales => new() { { 1, 20 }, { 2, 20 }, { 3, 20 }, { 1, 300 }, { 2, 300 }, { 3, 300 } };

    [Theory]
    [MemberData(nameof(SeedsAndScales))]
    public void The_Training_Spot_Rule_Finds_Exactly_The_Planted_Pipelines_With_Their_Savings(int seed, int scale)
    {
        var generated = EstateGenerator.Generate(new GeneratorOptions { Seed = seed, Scale = scale, Now = Now });

        var planted = Planted(generated, TrainingSpot);

        Assert.Equal(WorkloadRuleOracles.TrainingSpot(generated.Estate).OrderBy(p => p.Key, StringComparer.Ordinal), planted);
        Assert.Contains(planted, p => p.Key == "segment-train");
    }

    [Theory]
    [MemberData(nameof(SeedsAndScales))]
    public void The_Notebook_Idle_Rule_Finds_Exactly_The_Planted_Notebooks_With_Their_Savings(int seed, int scale)
    {
        var generated = EstateGenerator.Generate(new GeneratorOptions { Seed = seed, Scale = scale, Now = Now });

        var planted = Planted(generated, NotebookIdle);

        Assert.NotEmpty(planted);
        Assert.Equal(WorkloadRuleOracles.NotebookIdle(generated.Estate).OrderBy(p => p.Key, StringComparer.Ordinal), planted);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Near_Misses_Sit_On_The_Other_Side_Of_Each_Threshold_And_Are_Not_Recommended_By_The_Rule(int seed)
    {
        var generated = EstateGenerator.Generate(new GeneratorOptions { Seed = seed, Scale = 20, Now = Now });
        var misses = generated.GroundTruth.NearMisses;
        var training = WorkloadRuleOracles.TrainingSpot(generated.Estate);
        var notebooks = WorkloadRuleOracles.NotebookIdle(generated.Estate);

        Assert.Contains(misses, m => m is { Analyzer: TrainingSpot, ResourceId: "archive-train" } && m.Reason == "newest run 721 hours ago, outside the 30-day lookback");
        Assert.Contains(misses, m => m is { Analyzer: TrainingSpot, ResourceId: "adhoc-train" } && m.Reason.StartsWith("1 run in 30 days", StringComparison.Ordinal));
        Assert.Contains(misses, m => m is { Analyzer: TrainingSpot, Reason: "already on managed spot training" });
        Assert.Contains(misses, m => m is { Analyzer: NotebookIdle, ResourceId: "kira-notebook", Reason: "modified 71 hours ago, under the 3-day threshold" });
        Assert.Contains(misses, m => m is { Analyzer: NotebookIdle, ResourceId: "lena-notebook", Reason: "has lifecycle config auto-stop-idle (auto-stop)" });
        Assert.Contains(misses, m => m.Analyzer == NotebookIdle && m.Reason.StartsWith("status Stopped", StringComparison.Ordinal));
        Assert.All(misses.Where(m => m.Analyzer == TrainingSpot), m => Assert.DoesNotContain(m.ResourceId, training.Keys));
        Assert.All(misses.Where(m => m.Analyzer == NotebookIdle), m => Assert.DoesNotContain(m.ResourceId, notebooks.Keys));
    }

    [Fact]
    public void The_Planted_Checkpointing_Pipeline_Runs_Daily_On_Demand_With_Checkpoints()
    {
        var estate = EstateGenerator.Generate(new GeneratorOptions { Seed = 1, Scale = 20, Now = Now }).Estate;

        var segment = estate.TrainingJobs.Where(j => j.Name.StartsWith("segment-train-", StringComparison.Ordinal)).ToList();

        Assert.Equal(44, segment.Count);
        Assert.All(segment, j => Assert.False(j.EnableManagedSpotTraining));
        Assert.All(segment, j => Assert.NotNull(j.CheckpointS3Uri));
        Assert.All(segment, j => Assert.InRange(j.TrainingSeconds ?? 7200, 7200, 14400));
    }

    private static List<KeyValuePair<string, decimal>> Planted(GeneratedEstate generated, string analyzer) =>
        [.. generated.GroundTruth.Opportunities.Where(o => o.Analyzer == analyzer)
            .Select(o => KeyValuePair.Create(o.ResourceId, o.MonthlySavings))
            .OrderBy(p => p.Key, StringComparer.Ordinal)];
}
