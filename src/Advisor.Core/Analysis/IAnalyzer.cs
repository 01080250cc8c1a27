using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;

namespace Advisor.Core.Analysis;

/// <summary>
/// One recommendation kind. Analyzers are pure: they never call AWS, log-and-guess or read the clock; given a
/// snapshot they return findings. They say up front which metrics they need so the planner can fetch them in bulk.
/// </summary>
public interface IAnalyzer
{
    AnalyzerDescriptor Descriptor { get; }

    /// <summary>The metric queries this analyzer needs for the inventory over the window (deduplicated by the planner).</summary>
    IEnumerable<MetricSpec> PlanMetrics(ScopeInventory inventory, AnalysisWindow window);

    /// <summary>Evaluates every resource it covers: Recommend, NoAction or InsufficientData for each.</summary>
    IEnumerable<Finding> Analyze(ScopeSnapshot snapshot, AnalysisContext context);
}

/// <summary>What an analyzer may use besides the snapshot.</summary>
public sealed record AnalysisContext(IPriceBook Prices);
