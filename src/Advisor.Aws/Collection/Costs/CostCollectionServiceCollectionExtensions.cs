using Advisor.Aws.Collection.Prices;
using Advisor.Aws.CostExplorer;
using Advisor.Aws.Pricing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Advisor.Aws.Collection.Costs;

/// <summary>Registers the Cost Explorer and Price List clients, their caches and the two collectors (after <c>AddAwsClients</c>).</summary>
public static class CostCollectionServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ICostExplorerApi"/>, <see cref="IPricingApi"/> (at <see cref="AwsClientOptions.EndpointUrl"/> when set), a
    /// <see cref="FileCostCache"/> and a disk-backed <see cref="PriceCache"/>, <see cref="CostCollector"/> and <see cref="PriceListCollector"/>.
    /// </summary>
    public static IServiceCollection AddCostAndPriceCollection(
        this IServiceCollection services, Action<CostCollectorOptions>? configureCosts = null, Action<PriceListOptions>? configurePrices = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var costs = new CostCollectorOptions();
        configureCosts?.Invoke(costs);
        var prices = new PriceListOptions();
        configurePrices?.Invoke(prices);
        services.TryAddSingleton(costs);
        services.TryAddSingleton(prices);
        services.TryAddSingleton(sp => sp.GetRequiredService<AwsClientFactory>()
            .CreateCostExplorer(sp.GetRequiredService<IOptions<AwsClientOptions>>().Value.EndpointUrl));
        services.TryAddSingleton(sp => sp.GetRequiredService<AwsClientFactory>()
            .CreatePricing(sp.GetRequiredService<IOptions<AwsClientOptions>>().Value.EndpointUrl));
        services.TryAddSingleton<ICostCache>(sp => new FileCostCache(costs.ResolvedCacheDirectory, sp.GetRequiredService<ILogger<FileCostCache>>()));
        services.TryAddSingleton(sp => new PriceCache(prices.ResolvedCacheDirectory, sp.GetRequiredService<ILogger<PriceCache>>()));
        services.TryAddSingleton<CostCollector>();
        services.TryAddSingleton<PriceListCollector>();
        return services;
    }
}
