using System.Globalization;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.SageMaker.EndpointIdle;

/// <summary>Invariant-culture formatting for summaries, so a finding reads the same on every machine.</summary>
internal static class SummaryText
{
    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Percent(double fraction) => fraction.ToString("0.#%", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset time) => time.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Days(AnalysisWindow window) => Number((window.End - window.Start).TotalDays);

    /// <summary>"hourly" for the collector's 1-hour period, else the period in seconds.</summary>
    public static string Period(AnalysisWindow window) =>
        window.Period == TimeSpan.FromHours(1) ? "hourly" : Number(window.Period.TotalSeconds) + "-second";
}
