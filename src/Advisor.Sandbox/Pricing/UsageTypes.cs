namespace Advisor.Sandbox.Pricing;

/// <summary>
/// Billing usage-type names (the same strings in the Price List, Cost Explorer USAGE_TYPE and CUR), after pricing-notes §6:
/// <c>&lt;prefix&gt;-&lt;meter&gt;:&lt;type&gt;</c> for SageMaker (always prefixed) and <c>BoxUsage:&lt;type&gt;</c> for EC2 (prefixed outside us-east-1).
/// </summary>
internal static class UsageTypes
{
    /// <summary>Why: AWS's billing region prefixes (pricing-notes §6); note eu-west-1 is just "EU".</summary>
    private static readonly Dictionary<string, string> Prefixes = new(StringComparer.Ordinal)
    {
        ["us-east-1"] = "USE1",
        ["us-east-2"] = "USE2",
        ["us-west-1"] = "USW1",
        ["us-west-2"] = "USW2",
        ["eu-west-1"] = "EU",
        ["eu-west-2"] = "EUW2",
        ["eu-central-1"] = "EUC1",
        ["ap-northeast-1"] = "APN1",
        ["ap-south-1"] = "APS3",
        ["us-gov-west-1"] = "UGW1",
    };

    private static readonly Dictionary<string, string> Locations = new(StringComparer.Ordinal)
    {
        ["us-east-1"] = "US East (N. Virginia)",
        ["us-east-2"] = "US East (Ohio)",
        ["us-west-1"] = "US West (N. California)",
        ["us-west-2"] = "US West (Oregon)",
        ["eu-west-1"] = "EU (Ireland)",
        ["eu-west-2"] = "EU (London)",
        ["eu-central-1"] = "EU (Frankfurt)",
        ["ap-northeast-1"] = "Asia Pacific (Tokyo)",
        ["ap-south-1"] = "Asia Pacific (Mumbai)",
        ["us-gov-west-1"] = "AWS GovCloud (US-West)",
    };

    /// <summary>The billing prefix of a region; an unmapped region uses its upper-cased name (the sandbox only prices mapped ones).</summary>
    public static string Prefix(string region) => Prefixes.GetValueOrDefault(region) ?? region.ToUpperInvariant();

    /// <summary>The price list's <c>location</c> name of a region.</summary>
    public static string Location(string region) => Locations.GetValueOrDefault(region) ?? region;

    /// <summary>SageMaker usage type, e.g. <c>USE1-Host:ml.m5.large</c> (meters Host, Train, TrSpt, Notebk).</summary>
    public static string SageMaker(string region, string meter, string instanceType) => $"{Prefix(region)}-{meter}:{instanceType}";

    /// <summary>EC2 on-demand usage type: <c>BoxUsage:g5.xlarge</c> in us-east-1, <c>EU-BoxUsage:g5.xlarge</c> elsewhere.</summary>
    public static string Ec2(string region, string instanceType) =>
        region == "us-east-1" ? "BoxUsage:" + instanceType : $"{Prefix(region)}-BoxUsage:{instanceType}";
}
