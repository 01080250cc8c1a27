using Prometheus;

namespace Advisor.Host.Observability;

/// <summary>
/// The metric catalogue: every series the daemon exports on <c>/metrics</c>, in one place (dashboards/ and its test read these names).
/// <c>advisor_</c> prefix, units in the names, bounded labels only: per-recommendation detail lives in the store and the API,
/// except the top-N series whose count is capped by <c>Metrics:TopRecommendations</c>.
/// </summary>
public sealed class AdvisorMetrics
{
    public AdvisorMetrics(CollectorRegistry registry)
    {
        Registry = registry;
        var f = Metrics.WithCustomRegistry(registry);

        Recommendations = f.CreateGauge("advisor_recommendations",
            "Recommendations in the store by analyzer, priority and lifecycle status (count).",
            "analyzer", "priority", "status", "account", "region");
        IdentifiedSavings = f.CreateGauge("advisor_identified_monthly_savings_usd",
            "Estimated monthly savings of open and accepted recommendations (USD per month; primaries only, never counted twice).",
            "analyzer", "account", "region", "team");
        RealisedSavings = f.CreateGauge("advisor_realised_monthly_savings_usd",
            "Monthly savings of applied or verified recommendations (USD per month).",
            "analyzer", "account", "team");
        TopRecommendationSavings = f.CreateGauge("advisor_top_recommendation_monthly_savings_usd",
            "The largest open recommendations, one series each (USD per month); how many is capped by configuration.",
            "id", "analyzer", "account", "resource", "priority");
        RecommendationsCreated = f.CreateCounter("advisor_recommendations_created_total",
            "Recommendations a run produced for the first time (or reopened).", "analyzer");
        RecommendationsResolved = f.CreateCounter("advisor_recommendations_resolved_total",
            "Recommendations whose condition disappeared in a run.", "analyzer");
        Spend = f.CreateGauge("advisor_cost_explorer_spend_usd",
            "Spend over the Cost Explorer lookback window as last collected (USD).", "account", "service");

        Cycles = f.CreateCounter("advisor_cycles_total", "Scan cycles finished, by outcome.", "outcome");
        CycleDuration = f.CreateHistogram("advisor_cycle_duration_seconds", "Duration of a scan cycle (seconds).",
            new HistogramConfiguration { LabelNames = ["outcome"], Buckets = Histogram.ExponentialBuckets(1, 2, 12) });
        LastCycleTimestamp = f.CreateGauge("advisor_last_cycle_timestamp_seconds",
            "When the last cycle finished (Unix seconds), by outcome.", "outcome");
        SourceStatus = f.CreateGauge("advisor_datasource_status",
            "1 for the current health of each data source per scope (status: Healthy, AccessDenied, Throttled, MissingData, Failed, NotChecked).",
            "source", "account", "region", "status");
        AnalyzerRuns = f.CreateCounter("advisor_analyzer_runs_total", "Analyzer evaluations of a scope, by outcome (ok, error).", "analyzer", "outcome");
        AwsRequests = f.CreateCounter("advisor_aws_requests_total",
            "HTTP requests sent to AWS (each attempt), by service and outcome (ok, throttled, error).", "service", "outcome");
        JobsFailed = f.CreateCounter("advisor_jobs_failed_total", "Background jobs that threw (each attempt), by job.", "job");
        Actions = f.CreateCounter("advisor_remediation_actions_total",
            "Remediation journal entries reaching a state, by action kind and state.", "kind", "state");
    }

    public CollectorRegistry Registry { get; }
    public Gauge Recommendations { get; }
    public Gauge IdentifiedSavings { get; }
    public Gauge RealisedSavings { get; }
    public Gauge TopRecommendationSavings { get; }
    public Counter RecommendationsCreated { get; }
    public Counter RecommendationsResolved { get; }
    public Gauge Spend { get; }
    public Counter Cycles { get; }
    public Histogram CycleDuration { get; }
    public Gauge LastCycleTimestamp { get; }
    public Gauge SourceStatus { get; }
    public Counter AnalyzerRuns { get; }
    public Counter AwsRequests { get; }
    public Counter JobsFailed { get; }
    public Counter Actions { get; }
}
