using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Reports;

namespace Advisor.Benchmarks.Support;

/// <summary>The configuration every benchmark shares: allocations measured, times in milliseconds (the default exporters include the GitHub-markdown table used in docs/benchmarks.md).</summary>
public static class BenchConfig
{
    public static IConfig Create() =>
        DefaultConfig.Instance
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median)
            // Why: milliseconds everywhere, so the figures of different benchmarks read side by side in one table.
            .WithSummaryStyle(SummaryStyle.Default.WithTimeUnit(Perfolizer.Horology.TimeUnit.Millisecond));
}
