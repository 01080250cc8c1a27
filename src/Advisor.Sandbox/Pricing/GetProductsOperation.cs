using System.Text.Json;
using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.Pricing;

/// <summary>
/// GetProducts over <see cref="PriceListCatalog"/>: ServiceCode, ANDed filters on any attribute (TERM_MATCH/EQUALS exact and case-insensitive,
/// CONTAINS, ANY_OF and NONE_OF with comma-separated values), FormatVersion aws_v1, MaxResults 1–100 (default 100), NextToken paging.
/// Each PriceList item is the product's JSON document as a string.
/// </summary>
internal static class GetProductsOperation
{
    /// <summary>Why: the API's page-size limit and default.</summary>
    private const int MaxPageSize = 100;

    /// <summary>Why: the model allows at most 50 filters.</summary>
    private const int MaxFilters = 50;

    private const string TokenKind = "pricing-gp";

    private static readonly string[] ServiceCodes = ["AmazonSageMaker", "AmazonEC2"];

    public static byte[] Handle(JsonElement input)
    {
        var serviceCode = JsonInput.String(input, "ServiceCode") ?? throw PricingErrors.InvalidParameter("ServiceCode is required.");
        if (!ServiceCodes.Contains(serviceCode, StringComparer.Ordinal))
        {
            throw PricingErrors.NotFound($"Service code '{serviceCode}' is not available in the sandbox price list (AmazonSageMaker, AmazonEC2).");
        }

        var format = JsonInput.String(input, "FormatVersion") ?? "aws_v1";
        if (format != "aws_v1")
        {
            throw PricingErrors.InvalidParameter($"FormatVersion '{format}' is not supported; use aws_v1.");
        }

        var pageSize = JsonInput.Int(input, "MaxResults") ?? MaxPageSize;
        if (pageSize is < 1 or > MaxPageSize)
        {
            throw PricingErrors.InvalidParameter($"MaxResults must be between 1 and {MaxPageSize}, got {pageSize}.");
        }

        var filters = Filters(input);
        var fingerprint = PageToken.Fingerprint(serviceCode + "\n" + string.Join('\n', filters.Select(f => $"{f.Type}|{f.Field}|{f.Value}")));
        var offset = 0;
        if (JsonInput.String(input, "NextToken") is { } token)
        {
            offset = PageToken.TryRead(token, TokenKind, fingerprint) ?? throw PricingErrors.InvalidNextToken();
        }

        var matches = PriceListCatalog.All.Where(p => p.ServiceCode == serviceCode && filters.All(f => f.Matches(p))).ToList();
        var page = matches.Skip(offset).Take(pageSize).ToList();
        var next = offset + page.Count;
        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("FormatVersion", "aws_v1");
            w.WriteStartArray("PriceList");
            page.ForEach(p => w.WriteStringValue(p.Document));
            w.WriteEndArray();
            if (next < matches.Count)
            {
                w.WriteString("NextToken", PageToken.Create(TokenKind, next, fingerprint));
            }

            w.WriteEndObject();
        });
    }

    private static List<ProductFilter> Filters(JsonElement input)
    {
        var filters = JsonInput.Array(input, "Filters") ?? [];
        if (filters.Count > MaxFilters)
        {
            throw PricingErrors.InvalidParameter($"At most {MaxFilters} filters are allowed, got {filters.Count}.");
        }

        return filters.Select((f, i) =>
        {
            var type = JsonInput.String(f, "Type") ?? throw PricingErrors.InvalidParameter($"Filters[{i}].Type is required.");
            var field = JsonInput.String(f, "Field") ?? throw PricingErrors.InvalidParameter($"Filters[{i}].Field is required.");
            var value = JsonInput.String(f, "Value") ?? throw PricingErrors.InvalidParameter($"Filters[{i}].Value is required.");
            if (type is not ("TERM_MATCH" or "EQUALS" or "CONTAINS" or "ANY_OF" or "NONE_OF"))
            {
                throw PricingErrors.InvalidParameter($"Filters[{i}].Type '{type}' is invalid; use TERM_MATCH, EQUALS, CONTAINS, ANY_OF or NONE_OF.");
            }

            return new ProductFilter(type, field, value);
        }).ToList();
    }

    private sealed record ProductFilter(string Type, string Field, string Value)
    {
        public bool Matches(PriceListProduct product)
        {
            var actual = Field.Equals("ServiceCode", StringComparison.OrdinalIgnoreCase)
                ? product.ServiceCode
                : product.Attributes.GetValueOrDefault(Field);
            var values = Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            return Type switch
            {
                "CONTAINS" => actual?.Contains(Value, StringComparison.OrdinalIgnoreCase) ?? false,
                "ANY_OF" => actual is not null && values.Contains(actual, StringComparer.OrdinalIgnoreCase),
                "NONE_OF" => actual is null || !values.Contains(actual, StringComparer.OrdinalIgnoreCase),
                _ => string.Equals(actual, Value, StringComparison.OrdinalIgnoreCase),
            };
        }
    }
}
