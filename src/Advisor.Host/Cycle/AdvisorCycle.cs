using Advisor.Aws.Collection;
using Advisor.Core.Analysis;
using Advisor.Core.Analysis.Prioritization;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Logging;

namespace Advisor.Host.Cycle;

/// <summary>
/// One scan cycle: collect each scope (all I/O), run every registered analyzer on each snapshot (pure, isolated:
/// one analyzer failing does not stop the others), then prioritise and de-duplicate across the whole estate.
/// </summary>
public sealed class AdvisorCycle(
    ScopeCollector collector,
    AnalyzerRegistry registry,
    IPriceBook prices,
    Prioritizer prioritizer,
    TimeProvider clock,
    ILogger<AdvisorCycle> logger)
{
    /// <summary>Runs the cycle for the given scopes (region plus, when known, account).</summary>
    public async Task<CycleResult> RunAsync(IReadOnlyList<(string Region, string? Account)> scopes, CancellationToken cancellationToken)
    {
        var snapshots = new List<ScopeSnapshot>();
        foreach (var (region, account) in scopes)
        {
            snapshots.Add(await collector.CollectAsync(region, account, registry.All, cancellationToken));
        }

        return Analyze(snapshots);
    }

    /// <summary>Evaluates already collected snapshots (also used by tests and replays).</summary>
    public CycleResult Analyze(IReadOnlyList<ScopeSnapshot> snapshots)
    {
        var findings = new List<Finding>();
        var failures = new List<AnalyzerFailure>();
        foreach (var snapshot in snapshots)
        {
            // Why: prices fetched for this scope win; the bundled table covers anything the Price List API did not give.
            var context = new AnalysisContext(new SnapshotPriceBook(snapshot.Prices, prices));
            foreach (var analyzer in registry.All)
            {
                using var _ = logger.BeginScope(new Dictionary<string, object>
                {
                    ["AnalyzerId"] = analyzer.Descriptor.Id,
                    ["Scope"] = snapshot.Scope.ToString(),
                });
                try
                {
                    var produced = analyzer.Analyze(snapshot, context).ToList();
                    findings.AddRange(produced);
                    logger.LogInformation(
                        "Analyzer {AnalyzerId} produced {FindingCount} findings ({RecommendCount} recommendations)",
                        analyzer.Descriptor.Id, produced.Count, produced.Count(f => f.Kind == FindingKind.Recommend));
                }
#pragma warning disable CA1031 // Why: one analyzer's bug must not cost the user every other analyzer's findings; it is recorded.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    logger.LogError(ex, "Analyzer {AnalyzerId} failed on scope {Scope}", analyzer.Descriptor.Id, snapshot.Scope);
                    failures.Add(new AnalyzerFailure(analyzer.Descriptor.Id, snapshot.Scope.ToString(), ex.GetType().Name + ": " + ex.Message));
                }
            }
        }

        var recommendations = prioritizer.Prioritize(findings);
        return new CycleResult(clock.GetUtcNow(), snapshots, findings, recommendations, failures);
    }
}
