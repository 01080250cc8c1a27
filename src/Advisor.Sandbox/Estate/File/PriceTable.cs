using Advisor.Core.Pricing;

namespace Advisor.Sandbox.Estate.File;

/// <summary>What an estate file may name from the bundled price table: SageMaker and EC2 instance types and regions.</summary>
internal static class PriceTable
{
    /// <summary>Every SageMaker instance type in the table (priced or not: an unpriced type is a valid test of "no price").</summary>
    public static readonly HashSet<string> SageMakerTypes = BundledPriceBook.Default.Rows
        .Where(r => r.Service == "sagemaker").Select(r => r.InstanceType).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every EC2 instance type in the table (without the <c>ml.</c> prefix).</summary>
    public static readonly HashSet<string> Ec2Types = BundledPriceBook.Default.Rows
        .Where(r => r.Service == "ec2").Select(r => r.InstanceType).ToHashSet(StringComparer.Ordinal);

    /// <summary>Regions with at least one priced SageMaker row.</summary>
    public static readonly HashSet<string> Regions = BundledPriceBook.Default.Rows
        .Where(r => r.Service == "sagemaker" && r.OnDemandUsdPerHour is not null).Select(r => r.Region).ToHashSet(StringComparer.Ordinal);
}
