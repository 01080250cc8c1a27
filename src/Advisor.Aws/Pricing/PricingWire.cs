namespace Advisor.Aws.Pricing;

// The JSON shapes on the wire (Price List model 2017-10-15). PriceList items are JSON documents inside strings.

internal sealed record GetProductsInput(string ServiceCode, IReadOnlyList<PricingFilter>? Filters, string FormatVersion, string? NextToken, int? MaxResults);

internal sealed record GetProductsOutput(string? FormatVersion, List<string?>? PriceList, string? NextToken);
