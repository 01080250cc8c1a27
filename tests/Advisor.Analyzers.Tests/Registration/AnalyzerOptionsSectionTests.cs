using Advisor.Analyzers.Registration;

namespace Advisor.Analyzers.Tests.Registration;

public sealed class AnalyzerOptionsSectionTests
{
    [Theory]
    [InlineData("sagemaker-endpoint-idle", "Analyzers:SageMakerEndpointIdle")]
    [InlineData("sagemaker-endpoint-rightsize", "Analyzers:SageMakerEndpointRightsize")]
    [InlineData("ec2-gpu-idle", "Analyzers:Ec2GpuIdle")]
    [InlineData("ml-previous-generation", "Analyzers:MlPreviousGeneration")]
    [InlineData("sagemaker-training-spot", "Analyzers:SageMakerTrainingSpot")]
    public void Maps_An_Analyzer_Id_To_Its_Section(string id, string section)
    {
        Assert.Equal(section, AnalyzerOptionsSection.For(id));
    }

    [Theory]
    [InlineData("SageMaker-Endpoint")]
    [InlineData("sagemaker--idle")]
    [InlineData("sagemaker_endpoint")]
    [InlineData("-idle")]
    public void Rejects_An_Id_That_Is_Not_Kebab_Case(string id)
    {
        var error = Assert.Throws<ArgumentException>(() => AnalyzerOptionsSection.For(id));

        Assert.Contains(id, error.Message, StringComparison.Ordinal);
    }
}
