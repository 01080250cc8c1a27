using Advisor.Core.Pricing;

namespace Advisor.Aws.Pricing;

/// <summary>The hourly on-demand price chosen from a GetProducts answer, with the SKU, usage type and publication date it came from.</summary>
public sealed record SelectedPrice(decimal HourlyUsd, string Sku, string? UsageType, string? PublicationDate);

/// <summary>
/// Picks the one hourly on-demand price for an instance type and component from GetProducts rows, avoiding the traps of
/// pricing-notes §6: rows without a <c>component</c> or whose unit is not <c>Hrs</c> (e.g. <c>TrainingPlanUpfrontFee</c>, unit Quantity)
/// are skipped, zero-priced rows (capacity reservations, Capacity Blocks) are dropped, and the component is matched
/// deliberately, never taken from response order.
/// </summary>
public static class PriceListSelector
{
    /// <summary>The price list's <c>component</c> value for a SageMaker component (null for EC2).</summary>
    public static string? ComponentName(PriceComponent component) => component switch
    {
        PriceComponent.Hosting => "Hosting",
        PriceComponent.Training => "Training",
        PriceComponent.Notebook => "Notebook",
        _ => null,
    };

    /// <summary>The usage-type meter the component bills under (<c>USE1-Host:ml.m5.large</c>, <c>BoxUsage:g5.xlarge</c>).</summary>
    public static string Meter(PriceComponent component) => component switch
    {
        PriceComponent.Hosting => "Host:",
        PriceComponent.Training => "Train:",
        PriceComponent.Notebook => "Notebk:",
        _ => "BoxUsage:",
    };

    /// <summary>The price, or null when no row qualifies.</summary>
    public static SelectedPrice? Select(IEnumerable<PriceListProduct> products, string instanceType, PriceComponent component)
    {
        ArgumentNullException.ThrowIfNull(products);
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceType);
        var candidates = new List<(PriceListProduct Product, OnDemandPriceDimension Dimension)>();
        foreach (var product in products.Where(p => Qualifies(p, instanceType, component)))
        {
            foreach (var dimension in product.OnDemand)
            {
                // Why: only per-hour rates are instance-hour prices; zero-priced rows are reservation placeholders (pricing-notes §6).
                if (string.Equals(dimension.Unit, "Hrs", StringComparison.OrdinalIgnoreCase) && dimension.Usd is > 0m)
                {
                    candidates.Add((product, dimension));
                }
            }
        }

        var meter = Meter(component);
        var best = candidates
            .OrderBy(c => (c.Product.Attribute("usagetype") ?? string.Empty).Contains(meter, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(c => c.Product.Sku, StringComparer.Ordinal)
            .Select(c => (Found: true, c.Product, c.Dimension))
            .FirstOrDefault();
        return best.Found
            ? new SelectedPrice(best.Dimension.Usd!.Value, best.Product.Sku, best.Product.Attribute("usagetype"), best.Product.PublicationDate)
            : null;
    }

    private static bool Qualifies(PriceListProduct product, string instanceType, PriceComponent component)
    {
        if (component == PriceComponent.Ec2)
        {
            return string.Equals(product.Attribute("instanceType"), instanceType, StringComparison.Ordinal)
                && Is(product, "operatingSystem", "Linux")
                && Is(product, "tenancy", "Shared")
                && Is(product, "preInstalledSw", "NA")
                && Is(product, "capacitystatus", "Used");
        }

        // Why: the SageMaker instanceType attribute may carry a "-Hosting" suffix in any case; instanceName is the clean name.
        var name = product.Attribute("instanceName") ?? product.Attribute("instanceType")?.Split('-')[0];
        return string.Equals(name, instanceType, StringComparison.Ordinal)
            && string.Equals(product.Attribute("component"), ComponentName(component), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Absent attributes do not disqualify (the request's filters already matched them); a different value does.</summary>
    private static bool Is(PriceListProduct product, string attribute, string expected) =>
        product.Attribute(attribute) is not { } value || string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);
}
