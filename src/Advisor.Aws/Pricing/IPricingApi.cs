namespace Advisor.Aws.Pricing;

/// <summary>
/// The Price List query API (awsJson1_1, target prefix <c>AWSPriceListService</c>, signed <c>pricing</c> in us-east-1).
/// Each PriceList item arrives as a JSON document inside a string; the client parses it into <see cref="PriceListProduct"/>.
/// </summary>
public interface IPricingApi
{
    /// <summary>One page of GetProducts (FormatVersion aws_v1). Follow <see cref="GetProductsResponse.NextToken"/>.</summary>
    Task<GetProductsResponse> GetProductsAsync(GetProductsRequest request, CancellationToken cancellationToken = default);
}

/// <summary>GetProducts input: a service code (AmazonSageMaker, AmazonEC2), ANDed filters and 1–100 results per page.</summary>
public sealed record GetProductsRequest(string ServiceCode, IReadOnlyList<PricingFilter> Filters, int? MaxResults = null, string? NextToken = null);

/// <summary>One filter; <c>TERM_MATCH</c> (exact match) works everywhere.</summary>
public sealed record PricingFilter(string Field, string Value, string Type = "TERM_MATCH");

/// <summary>GetProducts output: the parsed products of one page.</summary>
public sealed record GetProductsResponse(IReadOnlyList<PriceListProduct> PriceList, string? NextToken);

/// <summary>One price-list product: SKU, family, attributes (component, instanceName, usagetype, ...) and its OnDemand price dimensions.</summary>
public sealed record PriceListProduct(
    string Sku,
    string? ProductFamily,
    IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyList<OnDemandPriceDimension> OnDemand,
    string? PublicationDate)
{
    /// <summary>An attribute value, or null when the product does not have it.</summary>
    public string? Attribute(string name) => Attributes.GetValueOrDefault(name);
}

/// <summary>One OnDemand price dimension: unit (Hrs, Quantity, ...) and the USD price per unit (null when not in USD).</summary>
public sealed record OnDemandPriceDimension(string RateCode, string Unit, decimal? Usd, string? Description, string? EffectiveDate);
