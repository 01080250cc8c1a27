using Advisor.Analyzers.Registration;
using Advisor.Analyzers.SageMaker.EndpointIdle;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.Tests.SageMaker.EndpointIdle;

public sealed class SageMakerEndpointIdleOptionsTests
{
    [Fact]
    public void Has_The_Documented_Defaults()
    {
        var options = Resolve([]);

        Assert.Equal(0L, options.InvocationThreshold);
        Assert.Equal(0.9, options.MinMonitoredCoverage);
        Assert.Equal(30, options.MinDatapoints);
    }

    [Fact]
    public void Binds_Values_From_Its_Section()
    {
        var options = Resolve(new()
        {
            ["Analyzers:SageMakerEndpointIdle:InvocationThreshold"] = "5",
            ["Analyzers:SageMakerEndpointIdle:MinMonitoredCoverage"] = "0.75",
            ["Analyzers:SageMakerEndpointIdle:MinDatapoints"] = "48",
        });

        Assert.Equal(5L, options.InvocationThreshold);
        Assert.Equal(0.75, options.MinMonitoredCoverage);
        Assert.Equal(48, options.MinDatapoints);
    }

    [Theory]
    [InlineData("MinMonitoredCoverage", "1.5", "Analyzers:SageMakerEndpointIdle:MinMonitoredCoverage must be between 0 and 1, was 1.5")]
    [InlineData("MinMonitoredCoverage", "0", "Analyzers:SageMakerEndpointIdle:MinMonitoredCoverage must be more than 0 and at most 1, was 0")]
    [InlineData("MinMonitoredCoverage", "-0.1", "Analyzers:SageMakerEndpointIdle:MinMonitoredCoverage must be more than 0 and at most 1, was -0.1")]
    [InlineData("MinDatapoints", "0", "Analyzers:SageMakerEndpointIdle:MinDatapoints must be 1 or more")]
    [InlineData("InvocationThreshold", "-1", "Analyzers:SageMakerEndpointIdle:InvocationThreshold must be 0 or more")]
    public void Fails_At_Start_With_A_Message_Naming_The_Key(string key, string value, string expected)
    {
        using var provider = Build(new() { ["Analyzers:SageMakerEndpointIdle:" + key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Passes_Start_Validation_With_Valid_Values()
    {
        using var provider = Build(new() { ["Analyzers:SageMakerEndpointIdle:MinMonitoredCoverage"] = "1" });

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(1.0, provider.GetRequiredService<IOptions<SageMakerEndpointIdleOptions>>().Value.MinMonitoredCoverage);
    }

    [Fact]
    public void Validator_Rejects_A_Coverage_That_Is_Not_A_Number()
    {
        var result = new SageMakerEndpointIdleOptionsValidator().Validate(null, new SageMakerEndpointIdleOptions { MinMonitoredCoverage = double.NaN });

        Assert.True(result.Failed);
        Assert.Contains("MinMonitoredCoverage", result.FailureMessage, StringComparison.Ordinal);
    }

    private static SageMakerEndpointIdleOptions Resolve(Dictionary<string, string?> values)
    {
        using var provider = Build(values);
        return provider.GetRequiredService<IOptions<SageMakerEndpointIdleOptions>>().Value;
    }

    private static ServiceProvider Build(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new ServiceCollection().AddAdvisorAnalyzers(configuration).BuildServiceProvider();
    }
}
