using Advisor.Analyzers.SageMaker.EndpointIdle;
using Advisor.Analyzers.SageMaker.EndpointRightsize;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.Tests.SageMaker.EndpointRightsize;

public sealed class SageMakerEndpointRightsizePlanTests
{
    private static readonly AnalysisWindow Window =
        new(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 15, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(1));

    [Fact]
    public void Asks_For_Hourly_Cpu_Maxima_And_The_Invocations_Total_Of_A_Cpu_Variant()
    {
        var specs = Plan(Endpoint("ranker", Variant("AllTraffic", "ml.m5.2xlarge")));

        Assert.Equal(
            [
                "AWS/SageMaker|Invocations|EndpointName=ranker,VariantName=AllTraffic|Sum|1209600",
                "/aws/sagemaker/Endpoints|CPUUtilization|EndpointName=ranker,VariantName=AllTraffic|Maximum|3600",
            ],
            specs.Select(s => s.Key));
    }

    [Fact]
    public void Adds_Gpu_And_Gpu_Memory_Maxima_On_Gpu_Types()
    {
        var specs = Plan(Endpoint("vision", Variant("AllTraffic", "ml.g5.12xlarge")));

        Assert.Equal(
            ["Invocations", "CPUUtilization", "GPUUtilization", "GPUMemoryUtilization"],
            specs.Select(s => s.MetricName));
        Assert.All(specs.Skip(1), s => Assert.Equal(("Maximum", 3600), (s.Stat, s.PeriodSeconds)));
    }

    [Fact]
    public void Skips_Serverless_Variants_And_Endpoints_Not_In_Service()
    {
        var serverless = Endpoint("chat", new EndpointVariant { Name = "AllTraffic", ServerlessMemoryMb = 2048 });
        var failed = Endpoint("broken", Variant("AllTraffic", "ml.m5.large")) with { Status = "Failed" };

        Assert.Empty(Plan(serverless, failed));
    }

    [Fact]
    public void Fetches_Nothing_For_A_Variant_That_Cannot_Shrink()
    {
        var smallest = Endpoint("tiny", Variant("AllTraffic", "ml.c5.large"));
        var inferentia = Endpoint("neuron", Variant("AllTraffic", "ml.inf2.24xlarge"));
        var twoSmall = Endpoint("pair", Variant("AllTraffic", "ml.c5.large") with { InstanceCount = 2 });
        var threeSmall = Endpoint("trio", Variant("AllTraffic", "ml.c5.large") with { InstanceCount = 3 });

        Assert.Equal(["trio", "trio"], Plan(smallest, inferentia, twoSmall, threeSmall).Select(s => s.Dimensions[0].Value));
    }

    [Fact]
    public void Shares_The_Invocations_Query_With_The_Idle_Analyzer_So_It_Is_Fetched_Once()
    {
        var inventory = new ScopeInventory(new Scope("123456789012", "us-east-1"), [Endpoint("ranker", Variant("AllTraffic", "ml.m5.2xlarge"))]);
        var idle = new SageMakerEndpointIdleAnalyzer(Options.Create(new SageMakerEndpointIdleOptions())).PlanMetrics(inventory, Window);

        Assert.Contains(Plan(inventory.Endpoints[0]).First(), idle);
    }

    private static List<MetricSpec> Plan(params SageMakerEndpoint[] endpoints) =>
        [.. new SageMakerEndpointRightsizeAnalyzer(Options.Create(new SageMakerEndpointRightsizeOptions()))
            .PlanMetrics(new ScopeInventory(new Scope("123456789012", "us-east-1"), endpoints), Window)];

    private static EndpointVariant Variant(string name, string type) => new() { Name = name, InstanceType = type, InstanceCount = 1 };

    private static SageMakerEndpoint Endpoint(string name, EndpointVariant variant) => new()
    {
        Name = name,
        Arn = "arn:aws:sagemaker:us-east-1:123456789012:endpoint/" + name,
        Status = "InService",
        CreationTime = Window.Start.AddDays(-30),
        LastModifiedTime = Window.Start.AddDays(-30),
        Variants = [variant],
    };
}
