using Advisor.Core.Analysis;
using Advisor.Core.Domain;
using Advisor.Core.Snapshots;
using Advisor.Host.Cycle;
using Advisor.Host.Daemon;
using Advisor.Storage.Recommendations;

namespace Advisor.Host.Tests.Daemon;

/// <summary>What a run tells the store it evaluated: never a scope whose inputs could not be read, never an analyzer that threw.</summary>
public sealed class RunMergeBuilderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_Healthy_Scope_Is_Evaluated_By_Every_Analyzer_That_Did_Not_Fail()
    {
        var result = Result(Snapshot("111111111111", SourceHealth.Healthy), new AnalyzerFailure("training", "111111111111/us-east-1", "boom"));

        var merge = RunMergeBuilder.Build("run-1", result, [Analyzer("idle", ResourceTypes.SageMakerEndpoint), Analyzer("training", ResourceTypes.SageMakerTrainingJob)]);

        var evaluated = Assert.Single(merge.Evaluated);
        Assert.Equal(new EvaluatedScope("111111111111", "us-east-1", "idle"), evaluated);
    }

    [Theory]
    [InlineData(SourceHealth.AccessDenied)]
    [InlineData(SourceHealth.Throttled)]
    [InlineData(SourceHealth.Failed)]
    public void A_Scope_Whose_Inventory_Could_Not_Be_Read_Is_Not_Evaluated(SourceHealth endpoints)
    {
        var merge = RunMergeBuilder.Build("run-1", Result(Snapshot("111111111111", endpoints)), [Analyzer("idle", ResourceTypes.SageMakerEndpoint)]);

        Assert.Empty(merge.Evaluated);
    }

    [Fact]
    public void Failed_Scopes_Appear_In_The_Run_Summary_With_Their_Error()
    {
        var failures = new Dictionary<string, string> { [RunFiles.ScopeKey("222222222222", "eu-west-1")] = "HttpRequestException: refused" };

        var summaries = RunMergeBuilder.Summaries([Snapshot("111111111111", SourceHealth.Healthy)], failures,
            [new ScopeTarget("111111111111", "us-east-1"), new ScopeTarget("222222222222", "eu-west-1")]);

        Assert.Equal(2, summaries.Count);
        Assert.Null(summaries[0].Error);
        Assert.Equal("Healthy", summaries[0].Sources.Single(s => s.Source == Sources.SageMakerEndpoints).Health);
        Assert.Equal("HttpRequestException: refused", summaries[1].Error);
    }

    private static CycleResult Result(ScopeSnapshot snapshot, params AnalyzerFailure[] failures) => new(Now, [snapshot], [], [], failures);

    private static ScopeSnapshot Snapshot(string account, SourceHealth endpoints) => new(
        new ScopeInventory(new Scope(account, "us-east-1"), []),
        new AnalysisWindow(Now.AddDays(-14), Now, TimeSpan.FromHours(1)),
        MetricSet.Empty,
        [new SourceStatus(Sources.SageMakerEndpoints, endpoints), new SourceStatus(Sources.SageMakerTrainingJobs, SourceHealth.Healthy),
            new SourceStatus(Sources.CloudWatchMetrics, SourceHealth.Healthy)],
        Now);

    private static StubAnalyzer Analyzer(string id, string resourceType) => new(new AnalyzerDescriptor
    {
        Id = id,
        Title = id,
        ResourceType = resourceType,
        OptionsSection = "Analyzers:" + id,
        IamActions = [],
        Inputs = [],
        Rule = "",
        SavingsFormula = "",
        Remediation = "",
        Rollback = "",
        Rationale = "",
    });

    private sealed class StubAnalyzer(AnalyzerDescriptor descriptor) : IAnalyzer
    {
        public AnalyzerDescriptor Descriptor { get; } = descriptor;

        public IEnumerable<MetricSpec> PlanMetrics(ScopeInventory inventory, AnalysisWindow window) => [];

        public IEnumerable<Finding> Analyze(ScopeSnapshot snapshot, AnalysisContext context) => [];
    }
}
