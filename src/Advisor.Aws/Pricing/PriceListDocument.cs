using System.Globalization;
using System.Net;
using System.Text.Json;
using Advisor.Aws.Errors;

namespace Advisor.Aws.Pricing;

/// <summary>
/// Parses one PriceList item (aws_v1): <c>{ product: { sku, productFamily, attributes }, terms: { OnDemand: { "sku.term": { priceDimensions:
/// { "rate": { unit, pricePerUnit: { USD } } } } } }, publicationDate }</c>. The item is itself a JSON string, so it is parsed a second time here.
/// </summary>
internal static class PriceListDocument
{
    public static PriceListProduct Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var product = Member(root, "product") ?? throw Invalid("it has no 'product' object.");
            var sku = Text(product, "sku") ?? throw Invalid("its product has no 'sku'.");
            var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
            if (Member(product, "attributes") is { ValueKind: JsonValueKind.Object } attrs)
            {
                foreach (var attribute in attrs.EnumerateObject().Where(a => a.Value.ValueKind == JsonValueKind.String))
                {
                    attributes[attribute.Name] = attribute.Value.GetString()!;
                }
            }

            return new PriceListProduct(sku, Text(product, "productFamily"), attributes, OnDemand(root), Text(root, "publicationDate"));
        }
        catch (JsonException ex)
        {
            throw Invalid("it is not valid JSON: " + ex.Message, ex);
        }
    }

    private static List<OnDemandPriceDimension> OnDemand(JsonElement root)
    {
        var dimensions = new List<OnDemandPriceDimension>();
        if (Member(root, "terms") is not { } terms || Member(terms, "OnDemand") is not { ValueKind: JsonValueKind.Object } onDemand)
        {
            return dimensions;
        }

        foreach (var term in onDemand.EnumerateObject())
        {
            if (Member(term.Value, "priceDimensions") is not { ValueKind: JsonValueKind.Object } priceDimensions)
            {
                continue;
            }

            var effective = Text(term.Value, "effectiveDate");
            foreach (var rate in priceDimensions.EnumerateObject())
            {
                var usd = Member(rate.Value, "pricePerUnit") is { } prices ? Text(prices, "USD") : null;
                dimensions.Add(new OnDemandPriceDimension(
                    rate.Name,
                    Text(rate.Value, "unit") ?? string.Empty,
                    usd is null ? null : ParseUsd(usd),
                    Text(rate.Value, "description"),
                    effective));
            }
        }

        return dimensions;
    }

    private static decimal ParseUsd(string text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Invalid($"pricePerUnit.USD \"{text}\" is not a decimal number.");

    private static JsonElement? Member(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static string? Text(JsonElement obj, string name) =>
        Member(obj, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    private static AwsInvalidResponseException Invalid(string message, Exception? inner = null) => new(
        new AwsErrorDetails("Pricing", "GetProducts", "InvalidResponse", "Pricing GetProducts returned a PriceList item that cannot be read: " + message, null, HttpStatusCode.OK),
        inner);
}
