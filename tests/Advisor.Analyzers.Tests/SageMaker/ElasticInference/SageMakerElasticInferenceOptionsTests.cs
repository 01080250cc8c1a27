using Advisor.Analyzers.Registration;
using Advisor.Analyzers.SageMaker.ElasticInference;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.Tests.SageMaker.ElasticInference;

public sealed class SageMakerElasticInferenceOptionsTests
{
    [Fact]
    public void Has_The_Documented_Defaults_And_Binds_From_Its_Section()
    {
        using var defaults = Build([]);
        var options = defaults.GetRequiredService<IOptions<SageMakerElasticInferenceOptions>>().Value;
        Assert.Equal((1, "ml.g4dn.xlarge"), (options.CpuOnlyMaxFp32Tflops, options.GpuTargetInstanceType));

        using var bound = Build(new()
        {
            ["Analyzers:SageMakerElasticInference:CpuOnlyMaxFp32Tflops"] = "2",
            ["Analyzers:SageMakerElasticInference:GpuTargetInstanceType"] = "ml.inf2.xlarge",
        });
        var custom = bound.GetRequiredService<IOptions<SageMakerElasticInferenceOptions>>().Value;
        Assert.Equal((2, "ml.inf2.xlarge"), (custom.CpuOnlyMaxFp32Tflops, custom.GpuTargetInstanceType));
    }

    [Theory]
    [InlineData("CpuOnlyMaxFp32Tflops", "5", "Analyzers:SageMakerElasticInference:CpuOnlyMaxFp32Tflops must be between 0 and 4")]
    [InlineData("GpuTargetInstanceType", "g4dn.xlarge", "Analyzers:SageMakerElasticInference:GpuTargetInstanceType must be a SageMaker hosting instance type")]
    [InlineData("GpuTargetInstanceType", "ml.eia2.large", "(not ml.eia*), was 'ml.eia2.large'")]
    public void Fails_At_Start_With_A_Message_Naming_The_Key(string key, string value, string expected)
    {
        using var provider = Build(new() { ["Analyzers:SageMakerElasticInference:" + key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> values)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new ServiceCollection().AddAdvisorAnalyzers(configuration).BuildServiceProvider();
    }
}
