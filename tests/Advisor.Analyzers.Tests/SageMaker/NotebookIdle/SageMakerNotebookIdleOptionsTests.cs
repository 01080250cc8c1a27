using Advisor.Analyzers.Registration;
using Advisor.Analyzers.SageMaker.NotebookIdle;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.Tests.SageMaker.NotebookIdle;

public sealed class SageMakerNotebookIdleOptionsTests
{
    [Fact]
    public void Has_The_Documented_Defaults_And_Binds_From_Its_Section()
    {
        Assert.Equal((3, 50m), Read(Resolve([])));
        Assert.Equal((5, 40.5m), Read(Resolve(new()
        {
            ["Analyzers:SageMakerNotebookIdle:MinDaysSinceModified"] = "5",
            ["Analyzers:SageMakerNotebookIdle:BusyHoursPerWeek"] = "40.5",
        })));
    }

    [Theory]
    [InlineData("MinDaysSinceModified", "0", "Analyzers:SageMakerNotebookIdle:MinDaysSinceModified must be between 1 and 365")]
    [InlineData("BusyHoursPerWeek", "168", "Analyzers:SageMakerNotebookIdle:BusyHoursPerWeek must be at least 0 and less than 168, was 168")]
    [InlineData("BusyHoursPerWeek", "-1", "Analyzers:SageMakerNotebookIdle:BusyHoursPerWeek must be at least 0 and less than 168, was -1")]
    public void Fails_At_Start_With_A_Message_Naming_The_Key(string key, string value, string expected)
    {
        using var provider = Build(new() { ["Analyzers:SageMakerNotebookIdle:" + key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static (int, decimal) Read(SageMakerNotebookIdleOptions options) => (options.MinDaysSinceModified, options.BusyHoursPerWeek);

    private static SageMakerNotebookIdleOptions Resolve(Dictionary<string, string?> values)
    {
        using var provider = Build(values);
        return provider.GetRequiredService<IOptions<SageMakerNotebookIdleOptions>>().Value;
    }

    private static ServiceProvider Build(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new ServiceCollection().AddAdvisorAnalyzers(configuration).BuildServiceProvider();
    }
}
