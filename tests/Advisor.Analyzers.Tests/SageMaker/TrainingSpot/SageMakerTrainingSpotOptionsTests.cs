using Advisor.Analyzers.Registration;
using Advisor.Analyzers.SageMaker.TrainingSpot;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.Tests.SageMaker.TrainingSpot;

public sealed class SageMakerTrainingSpotOptionsTests
{
    [Fact]
    public void Has_The_Documented_Defaults()
    {
        var options = Resolve([]);

        Assert.Equal(30, options.LookbackDays);
        Assert.Equal(2, options.MinRuns);
        Assert.Equal(TimeSpan.FromHours(1), options.ShortJobMaxRuntime);
    }

    [Fact]
    public void Binds_Values_From_Its_Section()
    {
        var options = Resolve(new()
        {
            ["Analyzers:SageMakerTrainingSpot:LookbackDays"] = "14",
            ["Analyzers:SageMakerTrainingSpot:MinRuns"] = "4",
            ["Analyzers:SageMakerTrainingSpot:ShortJobMaxRuntime"] = "00:30:00",
        });

        Assert.Equal((14, 4, TimeSpan.FromMinutes(30)), (options.LookbackDays, options.MinRuns, options.ShortJobMaxRuntime));
    }

    [Theory]
    [InlineData("LookbackDays", "0", "Analyzers:SageMakerTrainingSpot:LookbackDays must be between 1 and 365")]
    [InlineData("MinRuns", "0", "Analyzers:SageMakerTrainingSpot:MinRuns must be between 1 and 10000")]
    [InlineData("ShortJobMaxRuntime", "00:00:00", "Analyzers:SageMakerTrainingSpot:ShortJobMaxRuntime must be more than 00:00:00 and at most 1.00:00:00, was 00:00:00")]
    [InlineData("ShortJobMaxRuntime", "2.00:00:00", "Analyzers:SageMakerTrainingSpot:ShortJobMaxRuntime must be more than 00:00:00 and at most 1.00:00:00, was 2.00:00:00")]
    public void Fails_At_Start_With_A_Message_Naming_The_Key(string key, string value, string expected)
    {
        using var provider = Build(new() { ["Analyzers:SageMakerTrainingSpot:" + key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static SageMakerTrainingSpotOptions Resolve(Dictionary<string, string?> values)
    {
        using var provider = Build(values);
        return provider.GetRequiredService<IOptions<SageMakerTrainingSpotOptions>>().Value;
    }

    private static ServiceProvider Build(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new ServiceCollection().AddAdvisorAnalyzers(configuration).BuildServiceProvider();
    }
}
