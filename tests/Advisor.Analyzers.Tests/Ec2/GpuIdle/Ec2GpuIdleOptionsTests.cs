using Advisor.Analyzers.Ec2.GpuIdle;
using Advisor.Analyzers.Registration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.Tests.Ec2.GpuIdle;

public sealed class Ec2GpuIdleOptionsTests
{
    [Fact]
    public void Has_The_Documented_Defaults()
    {
        using var provider = Build([]);
        var options = provider.GetRequiredService<IOptions<Ec2GpuIdleOptions>>().Value;

        Assert.Equal((5d, 5_000_000L, 5d, 1, 1), (options.CpuMaxPercent, options.NetworkBytesPerDay, options.GpuMaxPercent, options.MaxNonIdleDays, options.MaxMissingDays));
        Assert.Equal(Ec2GpuIdleOptions.SectionName, AnalyzerOptionsSection.For(Ec2GpuIdleAnalyzer.Id));
    }

    [Theory]
    [InlineData("CpuMaxPercent", "0", "Analyzers:Ec2GpuIdle:CpuMaxPercent must be more than 0 and at most 100, was 0")]
    [InlineData("GpuMaxPercent", "101", "Analyzers:Ec2GpuIdle:GpuMaxPercent must be more than 0 and at most 100, was 101")]
    [InlineData("GpuMaxPercent", "NaN", "Analyzers:Ec2GpuIdle:GpuMaxPercent must be more than 0 and at most 100, was NaN")]
    [InlineData("NetworkBytesPerDay", "0", "Analyzers:Ec2GpuIdle:NetworkBytesPerDay must be 1 or more")]
    [InlineData("MaxNonIdleDays", "-1", "Analyzers:Ec2GpuIdle:MaxNonIdleDays must be 0 or more")]
    [InlineData("MaxMissingDays", "-2", "Analyzers:Ec2GpuIdle:MaxMissingDays must be 0 or more")]
    public void Fails_At_Start_With_A_Message_Naming_The_Key(string key, string value, string expected)
    {
        using var provider = Build(new() { ["Analyzers:Ec2GpuIdle:" + key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binds_Valid_Values_From_Its_Section()
    {
        using var provider = Build(new() { ["Analyzers:Ec2GpuIdle:CpuMaxPercent"] = "2.5", ["Analyzers:Ec2GpuIdle:MaxNonIdleDays"] = "0" });

        provider.GetRequiredService<IStartupValidator>().Validate();
        var options = provider.GetRequiredService<IOptions<Ec2GpuIdleOptions>>().Value;

        Assert.Equal((2.5, 0), (options.CpuMaxPercent, options.MaxNonIdleDays));
    }

    private static ServiceProvider Build(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new ServiceCollection()
            .AddAnalyzer<Ec2GpuIdleAnalyzer, Ec2GpuIdleOptions, Ec2GpuIdleOptionsValidator>(configuration, Ec2GpuIdleOptions.SectionName)
            .BuildServiceProvider();
    }
}
