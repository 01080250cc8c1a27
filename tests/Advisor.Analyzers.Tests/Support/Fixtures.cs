using Advisor.Analyzers.Ec2.GpuIdle;
using Advisor.Analyzers.Ec2.GpuRightsize;
using Advisor.Analyzers.SageMaker.EndpointConsolidation;
using Advisor.Analyzers.SageMaker.EndpointIdle;
using Advisor.Analyzers.SageMaker.NotebookIdle;
using Advisor.Analyzers.SageMaker.TrainingSpot;

namespace Advisor.Analyzers.Tests.Support;

/// <summary>The fixture runner of each analyzer, pointed at the folder its tests and fixtures live in.</summary>
internal static class Fixtures
{
    public static AnalyzerFixtures<SageMakerEndpointIdleAnalyzer, SageMakerEndpointIdleOptions> EndpointIdle { get; } =
        new(Path.Combine("SageMaker", "EndpointIdle"), o => new(o));

    public static AnalyzerFixtures<SageMakerEndpointConsolidationAnalyzer, SageMakerEndpointConsolidationOptions> EndpointConsolidation { get; } =
        new(Path.Combine("SageMaker", "EndpointConsolidation"), o => new(o));

    public static AnalyzerFixtures<SageMakerNotebookIdleAnalyzer, SageMakerNotebookIdleOptions> NotebookIdle { get; } =
        new(Path.Combine("SageMaker", "NotebookIdle"), o => new(o));

    public static AnalyzerFixtures<SageMakerTrainingSpotAnalyzer, SageMakerTrainingSpotOptions> TrainingSpot { get; } =
        new(Path.Combine("SageMaker", "TrainingSpot"), o => new(o));

    public static AnalyzerFixtures<Ec2GpuIdleAnalyzer, Ec2GpuIdleOptions> GpuIdle { get; } =
        new(Path.Combine("Ec2", "GpuIdle"), o => new(o));

    public static AnalyzerFixtures<Ec2GpuRightsizeAnalyzer, Ec2GpuRightsizeOptions> GpuRightsize { get; } =
        new(Path.Combine("Ec2", "GpuRightsize"), o => new(o));
}
