using System.Globalization;
using Advisor.Core.Pricing;

namespace Advisor.Sandbox.Pricing;

/// <summary>
/// Every price-list product the sandbox serves, built from the priced rows of <see cref="BundledPriceBook.Default"/>:
/// SageMaker rows as "ML Instance" products per component the table prices (Hosting, Training, Notebook), EC2 rows as Linux/Shared
/// "Compute Instance" products. Plus the traps of pricing-notes §6, so a naive client gets it wrong: per SageMaker type a
/// <c>TrainingPlanUpfrontFee</c> row (unit Quantity, no component, a lower price) and a zero-priced capacity-reservation row; per EC2 type a
/// zero-priced reserved-capacity row, a zero-priced Capacity Block row and a dearer Windows row. Traps come first in each type's list.
/// </summary>
internal static class PriceListCatalog
{
    /// <summary>Why: an upfront fee below the hourly rate is what makes a "lowest price" picker wrong (pricing-notes §6: 13.57 vs 25.25).</summary>
    private const decimal UpfrontFeeRatio = 0.54m;

    /// <summary>Why: Windows on-demand costs more than Linux; a client that ignores operatingSystem picks the wrong row.</summary>
    private const decimal WindowsRatio = 1.5m;

    private static readonly Lazy<IReadOnlyList<PriceListProduct>> Products = new(Build);

    public static IReadOnlyList<PriceListProduct> All => Products.Value;

    private static List<PriceListProduct> Build()
    {
        var products = new List<PriceListProduct>();
        var book = BundledPriceBook.Default;
        foreach (var row in book.Rows.Where(r => r.OnDemandUsdPerHour is > 0m))
        {
            if (row.Service == "sagemaker")
            {
                AddSageMaker(products, book, row);
            }
            else if (row.Service == "ec2")
            {
                AddEc2(products, row);
            }
        }

        return products;
    }

    private static void AddSageMaker(List<PriceListProduct> products, BundledPriceBook book, PriceRow row)
    {
        var (type, region, location) = (row.InstanceType, row.Region, UsageTypes.Location(row.Region));
        var price = row.OnDemandUsdPerHour!.Value;
        products.Add(PriceListProduct.Create("AmazonSageMaker", "ML Instance",
            SageMakerAttributes(row, null, UsageTypes.SageMaker(region, "TrainingPlanUpfrontFee", type)), "Quantity", Math.Round(price * UpfrontFeeRatio, 4),
            $"Training plan upfront fee for {type} in {location}", row.AsOf));
        products.Add(PriceListProduct.Create("AmazonSageMaker", "ML Instance",
            SageMakerAttributes(row, "Hosting", UsageTypes.SageMaker(region, "Host-CapacityReservation", type)), "Hrs", 0m,
            $"$0.00 per hour for reserved capacity {type} in {location}", row.AsOf));
        foreach (var (component, meter) in new[] { (PriceComponent.Training, "Train"), (PriceComponent.Notebook, "Notebk"), (PriceComponent.Hosting, "Host") })
        {
            if (book.Find(type, region, component) is not { } quote)
            {
                continue;
            }

            var usageType = UsageTypes.SageMaker(region, meter, type);
            products.Add(PriceListProduct.Create("AmazonSageMaker", "ML Instance", SageMakerAttributes(row, component.ToString(), usageType), "Hrs",
                quote.HourlyUsd, string.Create(CultureInfo.InvariantCulture, $"${quote.HourlyUsd} per hour for {meter}:{type} in {location}"), row.AsOf));
        }
    }

    private static Dictionary<string, string> SageMakerAttributes(PriceRow row, string? component, string usageType)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["regionCode"] = row.Region,
            ["location"] = UsageTypes.Location(row.Region),
            ["locationType"] = "AWS Region",
            ["instanceName"] = row.InstanceType,
            ["usagetype"] = usageType,
            ["operation"] = "RunInstance",
            ["vCpu"] = row.Vcpu.ToString(CultureInfo.InvariantCulture),
            ["memory"] = row.MemoryGib.ToString(CultureInfo.InvariantCulture) + " GiB",
            ["gpu"] = row.GpuCount.ToString(CultureInfo.InvariantCulture),
            ["servicename"] = "Amazon SageMaker",
        };
        if (component is not null)
        {
            attributes["component"] = component;
            attributes["instanceType"] = row.InstanceType + "-" + component;
        }

        return attributes;
    }

    private static void AddEc2(List<PriceListProduct> products, PriceRow row)
    {
        var (type, region, location) = (row.InstanceType, row.Region, UsageTypes.Location(row.Region));
        var price = row.OnDemandUsdPerHour!.Value;
        var box = UsageTypes.Ec2(region, type);
        products.Add(PriceListProduct.Create("AmazonEC2", "Compute Instance",
            Ec2Attributes(row, "Linux", "AllocatedCapacityReservation", "OnDemand", box.Replace("BoxUsage", "Reservation", StringComparison.Ordinal)),
            "Hrs", 0m, $"$0.00 per Reservation Linux {type} Instance Hour", row.AsOf));
        products.Add(PriceListProduct.Create("AmazonEC2", "Compute Instance",
            Ec2Attributes(row, "Linux", "Used", "CapacityBlock", box.Replace("BoxUsage", "CapacityBlock", StringComparison.Ordinal)),
            "Hrs", 0m, $"$0.00 per Capacity Block Linux {type} Instance Hour (billed upfront)", row.AsOf));
        products.Add(PriceListProduct.Create("AmazonEC2", "Compute Instance", Ec2Attributes(row, "Windows", "Used", "OnDemand", box),
            "Hrs", Math.Round(price * WindowsRatio, 6), $"On Demand Windows {type} Instance Hour in {location}", row.AsOf));
        products.Add(PriceListProduct.Create("AmazonEC2", "Compute Instance", Ec2Attributes(row, "Linux", "Used", "OnDemand", box),
            "Hrs", price, string.Create(CultureInfo.InvariantCulture, $"${price} per On Demand Linux {type} Instance Hour"), row.AsOf));
    }

    private static Dictionary<string, string> Ec2Attributes(PriceRow row, string os, string capacityStatus, string market, string usageType) =>
        new(StringComparer.Ordinal)
        {
            ["instanceType"] = row.InstanceType,
            ["regionCode"] = row.Region,
            ["location"] = UsageTypes.Location(row.Region),
            ["locationType"] = "AWS Region",
            ["operatingSystem"] = os,
            ["tenancy"] = "Shared",
            ["preInstalledSw"] = "NA",
            ["licenseModel"] = "No License required",
            ["capacitystatus"] = capacityStatus,
            ["marketoption"] = market,
            ["usagetype"] = usageType,
            ["operation"] = os == "Linux" ? "RunInstances" : "RunInstances:0002",
            ["vcpu"] = row.Vcpu.ToString(CultureInfo.InvariantCulture),
            ["memory"] = row.MemoryGib.ToString(CultureInfo.InvariantCulture) + " GiB",
            ["gpu"] = row.GpuCount.ToString(CultureInfo.InvariantCulture),
            ["instanceFamily"] = row.GpuCount > 0 ? "GPU instance" : "General purpose",
        };
}
