using Advisor.Analyzers.SageMaker.TrainingSpot;

namespace Advisor.Analyzers.Tests.SageMaker.TrainingSpot;

public sealed class TrainingPipelineTests
{
    [Theory]
    [InlineData("churn-train-2026-11-20-03-00-12", "churn-train")]
    [InlineData("pytorch-training-2026-11-20-03-00-12-345", "pytorch-training")]
    [InlineData("nlp-20261114010203", "nlp")]
    [InlineData("forecast-1732579200", "forecast")]
    [InlineData("ranker-3f2b8c1e-9a4d-4e6f-8b21-0c5d7e9f1a2b", "ranker")]
    [InlineData("ranker-2026-11-20-03-00-12-3f2b8c1e-9a4d-4e6f-8b21-0c5d7e9f1a2b", "ranker")]
    [InlineData("bert-v2", "bert-v2")]
    [InlineData("20261114010203", "20261114010203")]
    public void Strips_Timestamp_And_Uuid_Suffixes_From_Job_Names(string jobName, string stem)
    {
        Assert.Equal(stem, TrainingPipeline.NameStem(jobName));
    }
}
