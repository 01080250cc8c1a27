using Advisor.Analyzers.SageMaker.EndpointIdle;
using Advisor.Analyzers.Tests.Support;
using Advisor.Core.Analysis;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.Tests.SageMaker.EndpointIdle;

/// <summary>Runs the endpoint-idle analyzer over one of this folder's fixtures.</summary>
internal static class EndpointIdleFixtures
{
    public static ScopeSnapshot Load(string name) => SnapshotFixtures.Load(Path.Combine("SageMaker", "EndpointIdle", "Fixtures", name + ".json"));

    public static SageMakerEndpointIdleAnalyzer Analyzer(SageMakerEndpointIdleOptions? options = null) =>
        new(Options.Create(options ?? new SageMakerEndpointIdleOptions()));

    public static IReadOnlyList<Finding> Analyze(string fixture, SageMakerEndpointIdleOptions? options = null) =>
        [.. Analyzer(options).Analyze(Load(fixture), new AnalysisContext(BundledPriceBook.Default))];

    public static Finding Single(string fixture, SageMakerEndpointIdleOptions? options = null) =>
        Assert.Single(Analyze(fixture, options));

    public static Finding For(string fixture, string endpoint, SageMakerEndpointIdleOptions? options = null) =>
        Assert.Single(Analyze(fixture, options), f => f.Resource.Id == endpoint);
}
