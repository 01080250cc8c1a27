using Advisor.Aws.Pricing;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Logging;

namespace Advisor.Aws.Collection.Prices;

/// <summary>
/// Fetches exactly the prices a scope needs from the Price List API: one GetProducts per instance type × component (filtered on
/// regionCode + instanceName + component for SageMaker; instanceType, regionCode, Linux, Shared, NA, Used for EC2), cached for the day.
/// Whatever the API cannot give (a failure, or no row) comes from the bundled table, and the quote's source says so.
/// </summary>
public sealed class PriceListCollector(
    IPricingApi pricing, PriceCache cache, PriceListOptions options, TimeProvider clock, ILogger<PriceListCollector> logger)
{
    /// <summary>Why: GetProducts' largest page; a filtered type × component query fits in one.</summary>
    private const int PageSize = 100;

    /// <summary>Why: a type × component query returns a handful of rows; more pages than this means a token that never ends.</summary>
    private const int MaxPages = 20;

    /// <summary>The price book for the scope and the <see cref="Sources.Pricing"/> status (Calls = GetProducts requests made now).</summary>
    public async Task<(ApiPriceBook Book, SourceStatus Status)> CollectAsync(string region, IEnumerable<PriceNeed> needs, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        ArgumentNullException.ThrowIfNull(needs);
        var wanted = needs.Distinct().ToList();
        var reasons = new Dictionary<(string, string, PriceComponent), string>();
        if (!options.UseApi)
        {
            wanted.ForEach(n => reasons[(region, n.InstanceType, n.Component)] = "disabled by configuration");
            return (new ApiPriceBook([], reasons), new SourceStatus(Sources.Pricing, SourceHealth.NotChecked, "Price List API disabled; bundled table used"));
        }

        var day = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var quotes = new List<PriceQuote>();
        var (calls, missing, failure) = (0, 0, (Exception?)null);
        foreach (var need in wanted)
        {
            var key = (region, need.InstanceType, need.Component);
            if (failure is not null)
            {
                reasons[key] = "failed earlier in this cycle";
                continue;
            }

            if (!cache.TryGet(region, day, need, out var price))
            {
                try
                {
                    var (products, pages) = await FetchAsync(region, need, cancellationToken);
                    calls += pages;
                    price = PriceListSelector.Select(products, need.InstanceType, need.Component);
                    cache.Put(region, day, need, price);
                }
                catch (Exception ex) when (SourceFailure.IsSourceError(ex))
                {
                    (failure, calls) = (ex, calls + 1);
                    reasons[key] = SourceFailure.HealthOf(ex) == SourceHealth.AccessDenied ? "denied" : "failed";
                    logger.LogWarning(ex, "GetProducts for {InstanceType} {Component} failed; using the bundled table", need.InstanceType, need.Component);
                    continue;
                }
            }

            if (price is null)
            {
                missing++;
                reasons[key] = "has no hourly row";
                continue;
            }

            quotes.Add(new PriceQuote(need.InstanceType, region, need.Component, price.HourlyUsd,
                $"Price List API: sku {price.Sku}, usagetype {price.UsageType ?? "unknown"}", price.PublicationDate ?? day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        }

        await cache.FlushAsync(region, day, cancellationToken);
        var fromApi = quotes.Count;
        logger.LogInformation("Priced {FromApi} of {Wanted} instance type × component pairs from the Price List API with {Calls} calls", fromApi, wanted.Count, calls);
        return (new ApiPriceBook(quotes, reasons), Status(wanted.Count, quotes.Count, missing, calls, failure));
    }

    private async Task<(List<PriceListProduct> Products, int Pages)> FetchAsync(string region, PriceNeed need, CancellationToken ct)
    {
        var (serviceCode, filters) = Query(region, need);
        var products = new List<PriceListProduct>();
        string? token = null;
        var pages = 0;
        do
        {
            if (++pages > MaxPages)
            {
                throw new InvalidOperationException($"GetProducts for {need.InstanceType} returned more than {MaxPages} pages; stopping.");
            }

            var page = await pricing.GetProductsAsync(new GetProductsRequest(serviceCode, filters, PageSize, token), ct);
            products.AddRange(page.PriceList);
            token = page.NextToken;
        }
        while (token is not null);

        return (products, pages);
    }

    /// <summary>The service code and TERM_MATCH filters for one need (pricing-notes §6).</summary>
    public static (string ServiceCode, IReadOnlyList<PricingFilter> Filters) Query(string region, PriceNeed need)
    {
        ArgumentNullException.ThrowIfNull(need);
        return need.Component == PriceComponent.Ec2
            ? ("AmazonEC2",
                [new("instanceType", need.InstanceType), new("regionCode", region), new("operatingSystem", "Linux"),
                 new("tenancy", "Shared"), new("preInstalledSw", "NA"), new("capacitystatus", "Used")])
            : ("AmazonSageMaker",
                [new("regionCode", region), new("instanceName", need.InstanceType), new("component", PriceListSelector.ComponentName(need.Component)!)]);
    }

    private static SourceStatus Status(int wanted, int fromApi, int missing, int calls, Exception? failure)
    {
        var counts = $"{fromApi} of {wanted} prices from the Price List API";
        if (failure is not null)
        {
            return new SourceStatus(Sources.Pricing, SourceFailure.HealthOf(failure),
                $"{counts}, the rest from the bundled table: {SourceFailure.Describe(failure)}", calls);
        }

        return missing > 0
            ? new SourceStatus(Sources.Pricing, SourceHealth.MissingData, $"{counts}; {missing} had no hourly row, bundled table used", calls)
            : new SourceStatus(Sources.Pricing, SourceHealth.Healthy, counts, calls);
    }
}
