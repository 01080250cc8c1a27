using Advisor.Host.Observability;
using Prometheus;

namespace Advisor.Host.Tests.Operations.Harness;

/// <summary>The series names <see cref="AdvisorMetrics"/> can export, histograms with their _bucket, _sum and _count series.</summary>
internal static class MetricCatalogue
{
    public static IReadOnlySet<string> SeriesNames()
    {
        var metrics = new AdvisorMetrics(Metrics.NewCustomRegistry());
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in typeof(AdvisorMetrics).GetProperties())
        {
            if (property.GetValue(metrics) is not Collector collector)
            {
                continue;
            }

            names.Add(collector.Name);
            if (collector is Histogram)
            {
                names.UnionWith([collector.Name + "_bucket", collector.Name + "_sum", collector.Name + "_count"]);
            }
        }

        return names;
    }
}
