using Advisor.Analyzers.Ec2.GpuRightsize;
using Advisor.Analyzers.Tests.Support;
using Advisor.Core.Analysis;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.Tests.Ec2.GpuRightsize;

/// <summary>Runs the EC2 GPU right-size analyzer over one of this folder's fixtures.</summary>
internal static class GpuRightsizeFixtures
{
    public static ScopeSnapshot Load(string name) => SnapshotFixtures.Load(Path.Combine("Ec2", "GpuRightsize", "Fixtures", name + ".json"));

    public static Ec2GpuRightsizeAnalyzer Analyzer(Ec2GpuRightsizeOptions? options = null) => new(Options.Create(options ?? new Ec2GpuRightsizeOptions()));

    public static Finding For(string fixture, string instanceId, Ec2GpuRightsizeOptions? options = null) =>
        Assert.Single(Analyzer(options).Analyze(Load(fixture), new AnalysisContext(BundledPriceBook.Default)), f => f.Resource.Id == instanceId);
}
