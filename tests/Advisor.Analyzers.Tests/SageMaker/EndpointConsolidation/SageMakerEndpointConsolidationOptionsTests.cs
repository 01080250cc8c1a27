using Advisor.Analyzers.SageMaker.EndpointConsolidation;

namespace Advisor.Analyzers.Tests.SageMaker.EndpointConsolidation;

public sealed class SageMakerEndpointConsolidationOptionsTests
{
    [Fact]
    public void Accepts_The_Defaults()
    {
        Assert.True(new SageMakerEndpointConsolidationOptionsValidator().Validate(null, new SageMakerEndpointConsolidationOptions()).Succeeded);
    }

    [Theory]
    [InlineData(0, "MaxUtilisation")]
    [InlineData(1.5, "MaxUtilisation")]
    [InlineData(double.NaN, "MaxUtilisation")]
    public void Rejects_A_Bad_Utilisation_Naming_The_Key(double value, string key)
    {
        var result = new SageMakerEndpointConsolidationOptionsValidator().Validate(null, new SageMakerEndpointConsolidationOptions { MaxUtilisation = value });

        Assert.True(result.Failed);
        Assert.Contains("Analyzers:SageMakerEndpointConsolidation:" + key, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_Negative_Headroom_And_Savings()
    {
        var result = new SageMakerEndpointConsolidationOptionsValidator().Validate(null, new SageMakerEndpointConsolidationOptions { Headroom = -0.1, MinMonthlySavings = -1m });

        Assert.Contains("Headroom", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("MinMonthlySavings", result.FailureMessage, StringComparison.Ordinal);
    }
}
