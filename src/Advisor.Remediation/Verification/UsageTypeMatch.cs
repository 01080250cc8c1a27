using Advisor.Aws.Pricing;
using Advisor.Core.Pricing;

namespace Advisor.Remediation.Verification;

/// <summary>
/// The Cost Explorer usage type a resource bills under, as the price selector names meters (<see cref="PriceListSelector.Meter"/>):
/// <c>Host:ml.m5.xlarge</c> matches <c>USE1-Host:ml.m5.xlarge</c> (the region prefix varies, and us-east-1 EC2 has none).
/// </summary>
public static class UsageTypeMatch
{
    /// <summary>The suffix of a resource's usage type: the component's meter and the instance type.</summary>
    public static string Suffix(PriceComponent component, string instanceType) => PriceListSelector.Meter(component) + instanceType;

    /// <summary>Whether <paramref name="usageType"/> is one of the suffixes, with or without a region prefix.</summary>
    public static bool Any(string usageType, IReadOnlyList<string> suffixes) =>
        suffixes.Any(s => string.Equals(usageType, s, StringComparison.Ordinal) || usageType.EndsWith("-" + s, StringComparison.Ordinal));
}
