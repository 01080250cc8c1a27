using Advisor.Analyzers.SageMaker.TrainingSpot;
using Advisor.Analyzers.Tests.Support;
using Advisor.Core.Analysis;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.Tests.SageMaker.TrainingSpot;

/// <summary>Runs the training-spot analyzer over one of this folder's fixtures.</summary>
internal static class TrainingSpotFixtures
{
    public static ScopeSnapshot Load(string name) => SnapshotFixtures.Load(Path.Combine("SageMaker", "TrainingSpot", "Fixtures", name + ".json"));

    public static SageMakerTrainingSpotAnalyzer Analyzer(SageMakerTrainingSpotOptions? options = null) =>
        new(Options.Create(options ?? new SageMakerTrainingSpotOptions()));

    public static IReadOnlyList<Finding> Analyze(string fixture, SageMakerTrainingSpotOptions? options = null) =>
        [.. Analyzer(options).Analyze(Load(fixture), new AnalysisContext(BundledPriceBook.Default))];

    public static Finding Single(string fixture, SageMakerTrainingSpotOptions? options = null) => Assert.Single(Analyze(fixture, options));

    public static Finding For(string fixture, string pipeline, SageMakerTrainingSpotOptions? options = null) =>
        Assert.Single(Analyze(fixture, options), f => f.Resource.Id == pipeline);
}
