using Advisor.Analyzers.Ec2.GpuRightsize;
using Advisor.Analyzers.Registration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.Tests.Ec2.GpuRightsize;

public sealed class Ec2GpuRightsizeOptionsTests
{
    [Fact]
    public void Has_The_Documented_Defaults()
    {
        using var provider = Build([]);
        var options = provider.GetRequiredService<IOptions<Ec2GpuRightsizeOptions>>().Value;

        Assert.Equal((99.5, 0.2, 30), (options.Percentile, options.Headroom, options.MinDatapoints));
        Assert.Equal(Ec2GpuRightsizeOptions.SectionName, AnalyzerOptionsSection.For(Ec2GpuRightsizeAnalyzer.Id));
    }

    [Theory]
    [InlineData("Percentile", "99", "Analyzers:Ec2GpuRightsize:Percentile must be one of 90, 95, 99.5, was 99")]
    [InlineData("Headroom", "-0.1", "Analyzers:Ec2GpuRightsize:Headroom must be between 0 and 1, was -0.1")]
    [InlineData("Headroom", "NaN", "Analyzers:Ec2GpuRightsize:Headroom must be between 0 and 1, was NaN")]
    [InlineData("MinDatapoints", "0", "Analyzers:Ec2GpuRightsize:MinDatapoints must be 1 or more")]
    public void Fails_At_Start_With_A_Message_Naming_The_Key(string key, string value, string expected)
    {
        using var provider = Build(new() { ["Analyzers:Ec2GpuRightsize:" + key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("90")]
    [InlineData("95")]
    public void Accepts_The_Other_Compute_Optimizer_Percentiles(string percentile)
    {
        using var provider = Build(new() { ["Analyzers:Ec2GpuRightsize:Percentile"] = percentile, ["Analyzers:Ec2GpuRightsize:Headroom"] = "0.3" });

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(0.3, provider.GetRequiredService<IOptions<Ec2GpuRightsizeOptions>>().Value.Headroom);
    }

    private static ServiceProvider Build(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new ServiceCollection()
            .AddAnalyzer<Ec2GpuRightsizeAnalyzer, Ec2GpuRightsizeOptions, Ec2GpuRightsizeOptionsValidator>(configuration, Ec2GpuRightsizeOptions.SectionName)
            .BuildServiceProvider();
    }
}
