using Advisor.Core.Pricing;

namespace Advisor.Sandbox.Estate.File;

/// <summary>What an estate file may name from the bundled price table: SageMaker instance types and regions.</summary>
internal static class PriceTable
{
    /// <summary>Every SageMaker instance type in the table (priced or not: an unpriced type is a valid test of "no price").</summary>
    public static readonly HashSet<string> SageMakerTypes = BundledPriceBook.Default.Rows
        .Where(r => r.Service == "sagemaker").Select(r => r.InstanceType).ToHashSet(StringComparer.Ordinal);

    /// <summary>Regions with at least one priced SageMaker row.</summary>
    public static readonly HashSet<string> Regions = BundledPriceBook.Default.Rows
        .Where(r => r.Service == "sagemaker" && r.OnDemandUsdPerHour is not null).Select(r => r.Region).ToHashSet(StringComparer.Ordinal);
}
