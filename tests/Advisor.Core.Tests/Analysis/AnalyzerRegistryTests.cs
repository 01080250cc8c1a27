using Advisor.Core.Analysis;
using Advisor.Core.Domain;
using Advisor.Core.Snapshots;

namespace Advisor.Core.Tests.Analysis;

public sealed class AnalyzerRegistryTests
{
    [Fact]
    public void Keeps_Analyzers_In_Registration_Order_And_Finds_Them_By_Id()
    {
        var first = new StubAnalyzer("sagemaker-endpoint-idle");
        var second = new StubAnalyzer("ec2-gpu-idle");

        var registry = new AnalyzerRegistry([first, second]);

        Assert.Equal([first, second], registry.All);
        Assert.Same(second, registry.Find("ec2-gpu-idle"));
        Assert.Null(registry.Find("nothing-here"));
    }

    [Fact]
    public void Refuses_A_Duplicate_Id()
    {
        var error = Assert.Throws<InvalidOperationException>(
            () => new AnalyzerRegistry([new StubAnalyzer("sagemaker-endpoint-idle"), new StubAnalyzer("sagemaker-endpoint-idle")]));

        Assert.Contains("'sagemaker-endpoint-idle' is registered twice", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SageMakerEndpointIdle")]
    [InlineData("sagemaker_endpoint_idle")]
    [InlineData("idle")]
    [InlineData("sagemaker-endpoint-")]
    [InlineData("1sagemaker-idle")]
    public void Refuses_An_Id_That_Is_Not_Kebab_Case(string id)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new AnalyzerRegistry([new StubAnalyzer(id)]));

        Assert.Contains($"'{id}' is not kebab-case", error.Message, StringComparison.Ordinal);
    }

    private sealed class StubAnalyzer(string id) : IAnalyzer
    {
        public AnalyzerDescriptor Descriptor { get; } = new()
        {
            Id = id,
            Title = "Stub",
            ResourceType = ResourceTypes.SageMakerEndpoint,
            OptionsSection = "Analyzers:Stub",
            IamActions = ["sagemaker:ListEndpoints"],
            Inputs = ["nothing"],
            Rule = "none",
            SavingsFormula = "none",
            Remediation = "none",
            Rollback = "none",
            Rationale = "none",
        };

        public IEnumerable<MetricSpec> PlanMetrics(ScopeInventory inventory, AnalysisWindow window) => [];

        public IEnumerable<Finding> Analyze(ScopeSnapshot snapshot, AnalysisContext context) => [];
    }
}
