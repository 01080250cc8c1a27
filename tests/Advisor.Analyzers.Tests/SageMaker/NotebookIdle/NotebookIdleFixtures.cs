using Advisor.Analyzers.SageMaker.NotebookIdle;
using Advisor.Analyzers.Tests.Support;
using Advisor.Core.Analysis;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.Tests.SageMaker.NotebookIdle;

/// <summary>Runs the notebook-idle analyzer over one of this folder's fixtures.</summary>
internal static class NotebookIdleFixtures
{
    public static ScopeSnapshot Load(string name) => SnapshotFixtures.Load(Path.Combine("SageMaker", "NotebookIdle", "Fixtures", name + ".json"));

    public static SageMakerNotebookIdleAnalyzer Analyzer(SageMakerNotebookIdleOptions? options = null) =>
        new(Options.Create(options ?? new SageMakerNotebookIdleOptions()));

    public static IReadOnlyList<Finding> Analyze(string fixture, SageMakerNotebookIdleOptions? options = null) =>
        [.. Analyzer(options).Analyze(Load(fixture), new AnalysisContext(BundledPriceBook.Default))];

    public static Finding Single(string fixture, SageMakerNotebookIdleOptions? options = null) => Assert.Single(Analyze(fixture, options));

    public static Finding For(string fixture, string notebook, SageMakerNotebookIdleOptions? options = null) =>
        Assert.Single(Analyze(fixture, options), f => f.Resource.Id == notebook);
}
