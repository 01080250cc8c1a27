using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Advisor.Sandbox.Pricing;

/// <summary>One price-list product of the sandbox: attributes to filter on, and its aws_v1 JSON document (served as a string).</summary>
internal sealed record PriceListProduct(string ServiceCode, IReadOnlyDictionary<string, string> Attributes, string Document)
{
    /// <summary>Why: the real offer-term code of OnDemand terms, and a real rate code suffix.</summary>
    private const string OnDemandTerm = "JRTCKXETXF";
    private const string RateSuffix = "6YS6EN2CT7";

    /// <summary>Builds the product and its document: product { productFamily, attributes, sku }, terms.OnDemand, version, publicationDate.</summary>
    public static PriceListProduct Create(
        string serviceCode, string productFamily, Dictionary<string, string> attributes, string unit, decimal usd, string description, string asOf)
    {
        var sku = Sku(serviceCode + "|" + string.Join('|', attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => a.Key + "=" + a.Value)));
        attributes["servicecode"] = serviceCode;
        var published = AsOfTimestamp(asOf);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteStartObject("product");
            w.WriteString("productFamily", productFamily);
            w.WriteStartObject("attributes");
            foreach (var (key, value) in attributes.OrderBy(a => a.Key, StringComparer.Ordinal))
            {
                w.WriteString(key, value);
            }

            w.WriteEndObject();
            w.WriteString("sku", sku);
            w.WriteEndObject();
            w.WriteString("serviceCode", serviceCode);
            w.WriteStartObject("terms");
            w.WriteStartObject("OnDemand");
            w.WriteStartObject($"{sku}.{OnDemandTerm}");
            w.WriteStartObject("priceDimensions");
            w.WriteStartObject($"{sku}.{OnDemandTerm}.{RateSuffix}");
            w.WriteString("unit", unit);
            w.WriteString("endRange", "Inf");
            w.WriteString("description", description);
            w.WriteStartArray("appliesTo");
            w.WriteEndArray();
            w.WriteString("rateCode", $"{sku}.{OnDemandTerm}.{RateSuffix}");
            w.WriteString("beginRange", "0");
            w.WriteStartObject("pricePerUnit");
            w.WriteString("USD", usd.ToString("0.0000000000", CultureInfo.InvariantCulture));
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteString("sku", sku);
            w.WriteString("effectiveDate", published);
            w.WriteString("offerTermCode", OnDemandTerm);
            w.WriteStartObject("termAttributes");
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteString("version", published[..10].Replace("-", string.Empty, StringComparison.Ordinal) + "000000");
            w.WriteString("publicationDate", published);
            w.WriteEndObject();
        }

        return new PriceListProduct(serviceCode, attributes, Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>The table's as_of date as the price list writes dates; an unknown date becomes the epoch start, plainly not current.</summary>
    private static string AsOfTimestamp(string asOf) =>
        DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z"
            : "1970-01-01T00:00:00Z";

    /// <summary>A stable 16-character SKU (upper-case letters and digits, like AWS's).</summary>
    private static string Sku(string identity)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(identity));
        return new string(hash.Take(16).Select(b => alphabet[b % alphabet.Length]).ToArray());
    }
}
