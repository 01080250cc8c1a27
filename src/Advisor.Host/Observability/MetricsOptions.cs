namespace Advisor.Host.Observability;

/// <summary>Section <c>Metrics</c>.</summary>
public sealed class MetricsOptions
{
    public const string SectionName = "Metrics";

    /// <summary>How many open recommendations get their own series. Why a cap: each is a label set; unbounded series hurt Prometheus.</summary>
    [System.ComponentModel.DataAnnotations.Range(0, 200)]
    public int TopRecommendations { get; set; } = 20;
}
