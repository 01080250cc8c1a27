using System.ComponentModel.DataAnnotations;

namespace Advisor.Aws.Collection.Costs;

/// <summary>How Cost Explorer data is collected and cached. Section <c>Costs</c>.</summary>
public sealed class CostCollectorOptions
{
    public const string SectionName = "Costs";

    /// <summary>
    /// Days of daily cost history (default 14, ending yesterday: End is today, exclusive).
    /// Why 14: the analyzers' window; daily service × usage-type groups of a few hundred endpoints then fit one page, so a scope
    /// costs two billed requests a day (this and the Savings Plans recommendation). Why at most 365: Cost Explorer keeps about
    /// 13 months of daily data; a longer window would be refused.
    /// </summary>
    [Range(1, 365)]
    public int LookbackDays { get; set; } = 14;

    /// <summary>Where cached results are kept (JSON files); null means <see cref="DefaultCacheDirectory"/>.</summary>
    public string? CacheDirectory { get; set; }

    /// <summary>The cache directory used when none is configured: <c>{temp}/ml-cost-advisor/cache</c>.</summary>
    public static string DefaultCacheDirectory => Path.Combine(Path.GetTempPath(), "ml-cost-advisor", "cache");

    /// <summary>The configured directory, or the default.</summary>
    public string ResolvedCacheDirectory => string.IsNullOrWhiteSpace(CacheDirectory) ? DefaultCacheDirectory : CacheDirectory;
}
