using Advisor.Analyzers.Ec2.GpuIdle;
using Advisor.Analyzers.Tests.Support;
using Advisor.Core.Analysis;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.Tests.Ec2.GpuIdle;

/// <summary>Runs the EC2 GPU idle analyzer over one of this folder's fixtures.</summary>
internal static class GpuIdleFixtures
{
    public static ScopeSnapshot Load(string name) => SnapshotFixtures.Load(Path.Combine("Ec2", "GpuIdle", "Fixtures", name + ".json"));

    public static Ec2GpuIdleAnalyzer Analyzer(Ec2GpuIdleOptions? options = null) => new(Options.Create(options ?? new Ec2GpuIdleOptions()));

    public static IReadOnlyList<Finding> Analyze(string fixture, Ec2GpuIdleOptions? options = null) =>
        [.. Analyzer(options).Analyze(Load(fixture), new AnalysisContext(BundledPriceBook.Default))];

    public static Finding For(string fixture, string instanceId, Ec2GpuIdleOptions? options = null) =>
        Assert.Single(Analyze(fixture, options), f => f.Resource.Id == instanceId);
}
