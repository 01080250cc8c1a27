using Advisor.Analyzers.Registration;
using Advisor.Analyzers.SageMaker.EndpointIdle;
using Advisor.Analyzers.Tests.Support;
using Advisor.Core.Analysis;
using Advisor.Core.Domain;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.Tests.SageMaker.EndpointIdle;

public sealed class SageMakerEndpointIdlePlanTests
{
    [Fact]
    public void Plans_One_Total_Of_Invocations_And_Hourly_Cpu_Per_Endpoint_And_Variant()
    {
        var snapshot = Fixtures.EndpointIdle.Load("missing-invocations");

        var specs = Fixtures.EndpointIdle.Analyzer().PlanMetrics(snapshot.Inventory, snapshot.Window).ToList();

        MetricDimension[] blue = [new("EndpointName", "quiet-prod"), new("VariantName", "blue")];
        MetricDimension[] green = [new("EndpointName", "quiet-prod"), new("VariantName", "green")];
        Assert.Equal(
            [
                new MetricSpec("AWS/SageMaker", "Invocations", blue, "Sum", 14 * 24 * 3600),
                new MetricSpec("/aws/sagemaker/Endpoints", "CPUUtilization", blue, "Average", 3600),
                new MetricSpec("AWS/SageMaker", "Invocations", green, "Sum", 14 * 24 * 3600),
                new MetricSpec("/aws/sagemaker/Endpoints", "CPUUtilization", green, "Average", 3600),
            ],
            specs);
        Assert.All(specs, s => Assert.Equal(["EndpointName", "VariantName"], s.Dimensions.Select(d => d.Name)));
    }

    [Fact]
    public void Plans_Cpu_With_The_Window_Period_And_Invocations_As_One_Window_Total()
    {
        var snapshot = Fixtures.EndpointIdle.Load("idle");
        var window = snapshot.Window with { Period = TimeSpan.FromMinutes(5) };

        var specs = Fixtures.EndpointIdle.Analyzer().PlanMetrics(snapshot.Inventory, window).ToList();

        Assert.All(specs.Where(s => s.MetricName == "CPUUtilization"), s => Assert.Equal(300, s.PeriodSeconds));
        Assert.All(specs.Where(s => s.MetricName == "Invocations"), s => Assert.Equal((int)(window.End - window.Start).TotalSeconds, s.PeriodSeconds));
    }

    [Theory]
    [InlineData("serverless")]
    [InlineData("not-in-service")]
    public void Plans_Nothing_For_Serverless_Variants_Or_Endpoints_Not_In_Service(string fixture)
    {
        var snapshot = Fixtures.EndpointIdle.Load(fixture);

        Assert.Empty(Fixtures.EndpointIdle.Analyzer().PlanMetrics(snapshot.Inventory, snapshot.Window));
    }

    [Fact]
    public void Has_A_Well_Formed_Descriptor()
    {
        var descriptor = Fixtures.EndpointIdle.Analyzer().Descriptor;

        Assert.Equal("sagemaker-endpoint-idle", descriptor.Id);
        Assert.Equal(ResourceTypes.SageMakerEndpoint, descriptor.ResourceType);
        Assert.Equal(AnalyzerOptionsSection.For(descriptor.Id), descriptor.OptionsSection);
        Assert.Equal(SageMakerEndpointIdleOptions.SectionName, descriptor.OptionsSection);
        Assert.Equal(
            ["sagemaker:ListEndpoints", "sagemaker:DescribeEndpoint", "sagemaker:DescribeEndpointConfig", "cloudwatch:GetMetricData"],
            descriptor.IamActions);
        Assert.Equal(["sagemaker:DeleteEndpoint"], descriptor.RemediationIamActions);
        Assert.NotEmpty(descriptor.Inputs);
        Assert.InRange(descriptor.Title.Length, 1, 120);
        Assert.DoesNotContain("Ensure", descriptor.Title, StringComparison.Ordinal);
        Assert.InRange(descriptor.Rationale.Length, 1, 400);
        Assert.All(
            new[] { descriptor.Rule, descriptor.SavingsFormula, descriptor.Remediation, descriptor.Rollback },
            text => Assert.False(string.IsNullOrWhiteSpace(text)));
        Assert.Contains("CreateEndpoint", descriptor.Remediation, StringComparison.Ordinal);
        Assert.Contains("730", descriptor.SavingsFormula, StringComparison.Ordinal);

        // The registry accepts it (kebab-case id, no duplicate).
        Assert.Same(descriptor, new AnalyzerRegistry([Fixtures.EndpointIdle.Analyzer()]).Find(descriptor.Id)?.Descriptor);
    }
}
