using Advisor.Analyzers.Registration;
using Advisor.Analyzers.SageMaker.EndpointIdle;
using Advisor.Core.Analysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.Tests.Registration;

public sealed class AnalyzerRegistrationTests
{
    private static readonly IConfiguration Empty = new ConfigurationBuilder().Build();

    [Fact]
    public void Registers_The_Analyzers_And_A_Registry_That_Finds_Them()
    {
        using var provider = new ServiceCollection().AddAdvisorAnalyzers(Empty).BuildServiceProvider();

        var registry = provider.GetRequiredService<AnalyzerRegistry>();

        Assert.IsType<SageMakerEndpointIdleAnalyzer>(registry.Find("sagemaker-endpoint-idle"));
        Assert.Same(registry, provider.GetRequiredService<AnalyzerRegistry>());
        Assert.Equal(registry.All, provider.GetServices<IAnalyzer>());
    }

    [Fact]
    public void Registers_An_Analyzer_Once_However_Often_It_Is_Added()
    {
        var services = new ServiceCollection().AddAdvisorAnalyzers(Empty).AddAdvisorAnalyzers(Empty);
        services.AddAnalyzer<SageMakerEndpointIdleAnalyzer, SageMakerEndpointIdleOptions>(Empty, SageMakerEndpointIdleOptions.SectionName);
        using var provider = services.BuildServiceProvider();
        using var once = new ServiceCollection().AddAdvisorAnalyzers(Empty).BuildServiceProvider();

        // Why: every analyzer of the product is registered; adding them again must not add any twice.
        var types = provider.GetServices<IAnalyzer>().Select(a => a.GetType()).ToList();
        Assert.Equal(once.GetServices<IAnalyzer>().Select(a => a.GetType()), types);
        Assert.Equal(types.Count, types.Distinct().Count());
        Assert.Single(provider.GetServices<IValidateOptions<SageMakerEndpointIdleOptions>>().OfType<SageMakerEndpointIdleOptionsValidator>());
        Assert.Equal(types.Count, provider.GetRequiredService<AnalyzerRegistry>().All.Count);
    }

    [Fact]
    public void Gives_Every_Registered_Analyzer_The_Conventional_Options_Section()
    {
        using var provider = new ServiceCollection().AddAdvisorAnalyzers(Empty).BuildServiceProvider();

        Assert.All(
            provider.GetRequiredService<AnalyzerRegistry>().All,
            a => Assert.Equal(AnalyzerOptionsSection.For(a.Descriptor.Id), a.Descriptor.OptionsSection));
    }

    [Fact]
    public void Binds_Options_From_The_Section_It_Is_Given()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Custom:MinDatapoints"] = "12" })
            .Build();
        using var provider = new ServiceCollection()
            .AddAnalyzer<SageMakerEndpointIdleAnalyzer, SageMakerEndpointIdleOptions>(configuration, "Custom")
            .BuildServiceProvider();

        Assert.Equal(12, provider.GetRequiredService<IOptions<SageMakerEndpointIdleOptions>>().Value.MinDatapoints);
    }

    [Fact]
    public void Validates_Data_Annotations_At_Start_Even_Without_A_Validator()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Custom:MinDatapoints"] = "0" })
            .Build();
        using var provider = new ServiceCollection()
            .AddAnalyzer<SageMakerEndpointIdleAnalyzer, SageMakerEndpointIdleOptions>(configuration, "Custom")
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("MinDatapoints", error.Message, StringComparison.Ordinal);
    }
}
