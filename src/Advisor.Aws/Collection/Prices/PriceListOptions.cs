namespace Advisor.Aws.Collection.Prices;

/// <summary>How prices are refreshed from the Price List API. Section <c>Pricing</c>.</summary>
public sealed class PriceListOptions
{
    public const string SectionName = "Pricing";

    /// <summary>False uses only the bundled table (no GetProducts calls at all).</summary>
    public bool UseApi { get; set; } = true;

    /// <summary>Where a day's fetched prices are kept (JSON files); null means the cost cache default, <c>{temp}/ml-cost-advisor/cache</c>.</summary>
    public string? CacheDirectory { get; set; }

    /// <summary>The configured directory, or the default.</summary>
    public string ResolvedCacheDirectory =>
        string.IsNullOrWhiteSpace(CacheDirectory) ? Costs.CostCollectorOptions.DefaultCacheDirectory : CacheDirectory;
}
