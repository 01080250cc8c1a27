using System.ComponentModel.DataAnnotations;
using Advisor.Core.Analysis;
using Advisor.Core.Domain;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.Tests.Catalogue;

/// <summary>Sample kinds of options, documented the way analyzer options are.</summary>
public enum SampleStatistic
{
    /// <summary>The median.</summary>
    P50,

    /// <summary>A high percentile.</summary>
    P99,
}

/// <summary>Options of every kind the catalogue must describe.</summary>
public sealed class SampleOptions
{
    /// <summary>Invocations at most this count as idle. Must be <c>0</c> or more.</summary>
    [Range(0L, long.MaxValue)]
    public long Threshold { get; set; }

    /// <summary>A fraction | with a pipe in its text.</summary>
    [Range(0.5, 1.0)]
    public double Coverage { get; set; } = 0.9;

    /// <summary>How far back to look.</summary>
    public TimeSpan Lookback { get; set; } = TimeSpan.FromDays(14);

    /// <summary>Which statistic of the hourly maxima.</summary>
    public SampleStatistic Statistic { get; set; } = SampleStatistic.P99;

    /// <summary>Headroom presets, in percent.</summary>
    public IList<int> Presets { get; } = [0, 10, 30];

    /// <summary>An optional label.</summary>
    public string? Label { get; set; }

    /// <summary>Nested settings.</summary>
    public SampleNested Nested { get; set; } = new();

    /// <summary>Computed, not bound: never an option.</summary>
    public int Computed => Presets.Count;
}

/// <summary>A nested options section.</summary>
public sealed class SampleNested
{
    /// <summary>Whether the nested rule is on.</summary>
    public bool Enabled { get; set; } = true;
}

/// <summary>Options with an option nobody documented.</summary>
public sealed class UndocumentedOptions
{
    public int Mystery { get; set; } = 3;
}

/// <summary>A do-nothing analyzer with a given descriptor.</summary>
public sealed class SampleAnalyzer(AnalyzerDescriptor descriptor) : IAnalyzer
{
    public AnalyzerDescriptor Descriptor { get; } = descriptor;

    public IEnumerable<MetricSpec> PlanMetrics(ScopeInventory inventory, AnalysisWindow window) => [];

    public IEnumerable<Finding> Analyze(ScopeSnapshot snapshot, AnalysisContext context) => [];
}

/// <summary>Descriptors for the catalogue tests.</summary>
internal static class CatalogueSamples
{
    public static AnalyzerDescriptor Descriptor(string id = "sample-thing-idle", IReadOnlyList<string>? remediation = null) => new()
    {
        Id = id,
        Title = "Idle sample thing",
        ResourceType = ResourceTypes.SageMakerEndpoint,
        OptionsSection = "Analyzers:Sample",
        IamActions = ["sagemaker:ListEndpoints", "cloudwatch:GetMetricData"],
        RemediationIamActions = remediation ?? [],
        Inputs = ["SageMaker ListEndpoints", "CloudWatch Invocations"],
        Rule = "No invocations\r\nfor the whole window.",
        SavingsFormula = "hourly × 730 h",
        Remediation = "Delete it.",
        Rollback = "Create it again.",
        Rationale = "Idle things cost money.",
    };
}
