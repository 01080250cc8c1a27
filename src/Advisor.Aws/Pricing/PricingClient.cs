using Advisor.Aws.Protocol;

namespace Advisor.Aws.Pricing;

/// <summary><see cref="IPricingApi"/> over awsJson1_1 (target <c>AWSPriceListService</c>, signing name <c>pricing</c>, us-east-1).</summary>
public sealed class PricingClient(AwsJsonClient client) : IPricingApi
{
    /// <summary>Why: the only format version the API serves.</summary>
    private const string FormatVersion = "aws_v1";

    /// <summary>Why: the model allows at most 50 filters per request.</summary>
    private const int MaxFilters = 50;

    private readonly AwsJsonClient _client = client ?? throw new ArgumentNullException(nameof(client));

    /// <inheritdoc />
    public async Task<GetProductsResponse> GetProductsAsync(GetProductsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.ServiceCode, nameof(request.ServiceCode));
        ArgumentNullException.ThrowIfNull(request.Filters);

        // Why: GetProducts accepts MaxResults 1–100.
        if (request.MaxResults is < 1 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.MaxResults, "GetProducts MaxResults must be between 1 and 100.");
        }

        if (request.Filters.Count > MaxFilters)
        {
            throw new ArgumentException($"GetProducts accepts at most {MaxFilters} filters, got {request.Filters.Count}.", nameof(request));
        }

        if (request.Filters.FirstOrDefault(f => string.IsNullOrEmpty(f.Field) || string.IsNullOrEmpty(f.Value) || string.IsNullOrEmpty(f.Type)) is { } bad)
        {
            throw new ArgumentException($"GetProducts filter {bad} needs a Type, a Field and a Value.", nameof(request));
        }

        var input = new GetProductsInput(request.ServiceCode, request.Filters.Count == 0 ? null : request.Filters, FormatVersion, request.NextToken, request.MaxResults);
        var output = await _client.InvokeAsync<GetProductsInput, GetProductsOutput>("GetProducts", input, cancellationToken);
        var products = (output.PriceList ?? []).Where(item => !string.IsNullOrEmpty(item)).Select(item => PriceListDocument.Parse(item!)).ToList();
        return new GetProductsResponse(products, string.IsNullOrEmpty(output.NextToken) ? null : output.NextToken);
    }
}
