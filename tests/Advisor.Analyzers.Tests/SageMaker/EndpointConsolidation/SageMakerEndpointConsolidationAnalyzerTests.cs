using Advisor.Analyzers.SageMaker.EndpointConsolidation;
using Advisor.Core.Analysis;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.Tests.SageMaker.EndpointConsolidation;

public sealed class SageMakerEndpointConsolidationAnalyzerTests
{
    private const string Image = "763104351884.dkr.ecr.us-east-1.amazonaws.com/sklearn-inference:1.2-1-cpu-py3";
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 0, 0, 0, TimeSpan.Zero);
    private static readonly AnalysisWindow Window = new(Now.AddDays(-14), Now, TimeSpan.FromHours(1));

    private sealed record Member(string Name, string Type, int Count, double Cpu, double? Gpu = null, int Points = 336);

    [Fact]
    public void Recommends_One_Multi_Model_Endpoint_For_Three_Low_Use_Endpoints_Of_One_Image()
    {
        var finding = Assert.Single(Analyze(new("a", "ml.m5.xlarge", 1, 40), new("b", "ml.m5.xlarge", 1, 40), new("c", "ml.m5.xlarge", 1, 40)));

        Assert.Equal(FindingKind.Recommend, finding.Kind);
        Assert.Equal("consolidation:sklearn-inference", finding.Resource.Id);
        Assert.Equal("consolidate-to-multi-model-endpoint", finding.Action);
        Assert.Equal((0.23m * 3 - 0.115m) * 730m, finding.Savings!.Amount);
        Assert.Equal("ml.m5.large", finding.Evidence.Observations["consolidatedType"]);
        Assert.Equal((Confidence.Medium, 2, Effort.Medium), (finding.Confidence, finding.Risk, finding.Effort));
        Assert.Equal(4, finding.Evidence.Lines.Count);
    }

    [Fact]
    public void A_Member_Above_A_Quarter_Of_Its_Instance_Leaves_The_Group()
    {
        var finding = Assert.Single(Analyze(new("a", "ml.m5.xlarge", 1, 40), new("b", "ml.m5.xlarge", 1, 120)));

        Assert.Equal(FindingKind.NoAction, finding.Kind);
        Assert.Contains("only 1", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Member_At_Exactly_A_Quarter_Is_Not_Low_Use()
    {
        var finding = Assert.Single(Analyze(new("a", "ml.m5.xlarge", 1, 40), new("b", "ml.m5.xlarge", 1, 100)));

        Assert.Equal(FindingKind.NoAction, finding.Kind);
    }

    [Fact]
    public void A_Single_Endpoint_Of_An_Image_Forms_No_Group()
    {
        Assert.Empty(Analyze(new Member("a", "ml.m5.xlarge", 1, 40)));
    }

    [Fact]
    public void A_Group_Of_Low_Use_Gpu_Endpoints_Is_Left_For_Triton()
    {
        var finding = Assert.Single(Analyze(new("a", "ml.g5.xlarge", 1, 40, 10), new("b", "ml.g5.xlarge", 1, 40, 10)));

        Assert.Equal(FindingKind.NoAction, finding.Kind);
        Assert.Contains("Triton", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_Few_Datapoints_Give_Insufficient_Data()
    {
        var finding = Assert.Single(Analyze(new("a", "ml.m5.xlarge", 1, 40, Points: 10), new("b", "ml.m5.xlarge", 1, 40, Points: 10)));

        Assert.Equal(FindingKind.InsufficientData, finding.Kind);
    }

    [Fact]
    public void Two_Instances_Are_Kept_When_A_Member_Ran_Two()
    {
        var finding = Assert.Single(Analyze(new("a", "ml.m5.xlarge", 2, 40), new("b", "ml.m5.xlarge", 1, 40)));

        Assert.Equal(2, finding.Evidence.Observations["consolidatedCount"]);
        Assert.Equal((0.23m * 3 - 0.115m * 2) * 730m, finding.Savings!.Amount);
    }

    [Fact]
    public void Plans_The_Right_Size_Queries_For_Grouped_Endpoints_Only()
    {
        var snapshot = Snapshot(new("a", "ml.m5.xlarge", 1, 40), new("b", "ml.g5.xlarge", 1, 40, 10));
        var specs = Analyzer().PlanMetrics(snapshot.Inventory, Window).ToList();

        Assert.Equal(6, specs.Count);
        Assert.All(specs.Where(s => s.MetricName != "Invocations"), s => Assert.Equal(("Maximum", 3600), (s.Stat, s.PeriodSeconds)));
        Assert.Empty(Analyzer().PlanMetrics(Snapshot(new Member("a", "ml.m5.xlarge", 1, 40)).Inventory, Window));
    }

    private static SageMakerEndpointConsolidationAnalyzer Analyzer() => new(Options.Create(new SageMakerEndpointConsolidationOptions()));

    private static List<Finding> Analyze(params Member[] members) =>
        [.. Analyzer().Analyze(Snapshot(members), new AnalysisContext(BundledPriceBook.Default))];

    private static ScopeSnapshot Snapshot(params Member[] members)
    {
        var endpoints = members.Select(m => new SageMakerEndpoint
        {
            Name = m.Name,
            Arn = "arn:aws:sagemaker:us-east-1:123456789012:endpoint/" + m.Name,
            Status = "InService",
            CreationTime = Now.AddDays(-60),
            LastModifiedTime = Now.AddDays(-60),
            ConfigName = m.Name + "-config",
            ConfigResolved = true,
            Variants = [new EndpointVariant { Name = "AllTraffic", InstanceType = m.Type, InstanceCount = m.Count, ModelName = m.Name + "-model" }],
        }).ToList();
        var inventory = new ScopeInventory(new Scope("123456789012", "us-east-1"), endpoints)
        {
            Models = [.. members.Select(m => new SageMakerModel { Name = m.Name + "-model", Arn = "arn:model/" + m.Name, CreationTime = Now.AddDays(-61), Image = Image })],
        };
        var series = new List<MetricSeries>();
        foreach (var m in members)
        {
            var dims = new List<MetricDimension> { new("EndpointName", m.Name), new("VariantName", "AllTraffic") };
            series.Add(new MetricSeries(new MetricSpec("AWS/SageMaker", "Invocations", dims, "Sum", 1_209_600), [new MetricPoint(Window.Start, 500)]));
            series.Add(Hourly("CPUUtilization", dims, m.Cpu, m.Points));
            if (m.Gpu is { } gpu)
            {
                series.Add(Hourly("GPUUtilization", dims, gpu, m.Points));
                series.Add(Hourly("GPUMemoryUtilization", dims, gpu, m.Points));
            }
        }

        return new ScopeSnapshot(inventory, Window, new MetricSet(series), [], Now);
    }

    private static MetricSeries Hourly(string metric, List<MetricDimension> dims, double value, int points) =>
        new(new MetricSpec("/aws/sagemaker/Endpoints", metric, dims, "Maximum", 3600),
            [.. Enumerable.Range(0, points).Select(i => new MetricPoint(Window.Start.AddHours(i), i % 2 == 0 ? value : value / 2))]);
}
