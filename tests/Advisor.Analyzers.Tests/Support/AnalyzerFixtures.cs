using Advisor.Core.Analysis;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.Tests.Support;

/// <summary>
/// Runs one analyzer over the snapshot fixtures kept beside its tests (<c>{folder}/Fixtures/{name}.json</c>), priced by
/// <see cref="BundledPriceBook.Default"/>; options default to a fresh <typeparamref name="TOptions"/>.
/// </summary>
internal sealed class AnalyzerFixtures<TAnalyzer, TOptions>(string folder, Func<IOptions<TOptions>, TAnalyzer> create)
    where TAnalyzer : IAnalyzer
    where TOptions : class, new()
{
    public ScopeSnapshot Load(string name) => SnapshotFixtures.Load(Path.Combine(folder, "Fixtures", name + ".json"));

    public TAnalyzer Analyzer(TOptions? options = null) => create(Options.Create(options ?? new TOptions()));

    public IReadOnlyList<Finding> Analyze(string fixture, TOptions? options = null) =>
        [.. Analyzer(options).Analyze(Load(fixture), new AnalysisContext(BundledPriceBook.Default))];

    public Finding Single(string fixture, TOptions? options = null) => Assert.Single(Analyze(fixture, options));

    public Finding For(string fixture, string resourceId, TOptions? options = null) =>
        Assert.Single(Analyze(fixture, options), f => f.Resource.Id == resourceId);
}
