using Advisor.Analyzers.Registration;
using Advisor.Analyzers.SageMaker.EndpointRightsize;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.Tests.SageMaker.EndpointRightsize;

public sealed class SageMakerEndpointRightsizeOptionsTests
{
    private const string Section = "Analyzers:SageMakerEndpointRightsize:";

    [Fact]
    public void Has_The_Documented_Defaults()
    {
        using var provider = Build([]);
        var options = provider.GetRequiredService<IOptions<SageMakerEndpointRightsizeOptions>>().Value;

        Assert.Equal((99.5, 0.2, 30, 10m), (options.Percentile, options.Headroom, options.MinDatapoints, options.MinMonthlySavings));
        Assert.Equal(SageMakerEndpointRightsizeOptions.SectionName, AnalyzerOptionsSection.For(SageMakerEndpointRightsizeAnalyzer.Id));
    }

    [Theory]
    [InlineData("Percentile", "99", Section + "Percentile must be one of 90, 95, 99.5, was 99")]
    [InlineData("Headroom", "-0.1", Section + "Headroom must be between 0 and 1, was -0.1")]
    [InlineData("Headroom", "NaN", Section + "Headroom must be between 0 and 1, was NaN")]
    [InlineData("MinDatapoints", "0", Section + "MinDatapoints must be 1 or more")]
    [InlineData("MinMonthlySavings", "-1", Section + "MinMonthlySavings must be 0 or more, was -1")]
    public void Fails_At_Start_With_A_Message_Naming_The_Key(string key, string value, string expected)
    {
        using var provider = Build(new() { [Section + key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("90")]
    [InlineData("95")]
    public void Accepts_The_Other_Compute_Optimizer_Percentiles(string percentile)
    {
        using var provider = Build(new() { [Section + "Percentile"] = percentile, [Section + "Headroom"] = "0.1" });

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(0.1, provider.GetRequiredService<IOptions<SageMakerEndpointRightsizeOptions>>().Value.Headroom);
    }

    private static ServiceProvider Build(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new ServiceCollection()
            .AddAnalyzer<SageMakerEndpointRightsizeAnalyzer, SageMakerEndpointRightsizeOptions, SageMakerEndpointRightsizeOptionsValidator>(
                configuration, SageMakerEndpointRightsizeOptions.SectionName)
            .BuildServiceProvider();
    }
}
