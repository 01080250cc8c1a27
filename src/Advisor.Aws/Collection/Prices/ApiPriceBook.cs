using Advisor.Core.Pricing;

namespace Advisor.Aws.Collection.Prices;

/// <summary>
/// Prices from the Price List API where it answered, the bundled table (<see cref="BundledPriceBook.Default"/>) for the rest.
/// Every quote's <see cref="PriceQuote.Source"/> says which: "Price List API: sku ..." or "bundled table ... (fallback: ...)".
/// </summary>
public sealed class ApiPriceBook : IPriceBook
{
    private readonly Dictionary<(string Region, string Type, PriceComponent Component), PriceQuote> _api;
    private readonly Dictionary<(string Region, string Type, PriceComponent Component), string> _fallbackReasons;
    private readonly IPriceBook _fallback;

    public ApiPriceBook(
        IEnumerable<PriceQuote> apiQuotes,
        IReadOnlyDictionary<(string Region, string Type, PriceComponent Component), string>? fallbackReasons = null,
        IPriceBook? fallback = null)
    {
        ArgumentNullException.ThrowIfNull(apiQuotes);
        _api = apiQuotes.ToDictionary(q => (q.Region, q.InstanceType, q.Component));
        _fallbackReasons = fallbackReasons?.ToDictionary(r => r.Key, r => r.Value) ?? [];
        _fallback = fallback ?? BundledPriceBook.Default;
        Quotes = [.. _api.Values.OrderBy(q => q.Component).ThenBy(q => q.InstanceType, StringComparer.Ordinal)];
    }

    /// <summary>The quotes that came from the Price List API (for <c>ScopeSnapshot.Prices</c>).</summary>
    public IReadOnlyList<PriceQuote> Quotes { get; }

    /// <inheritdoc />
    public PriceQuote? Find(string instanceType, string region, PriceComponent component)
    {
        ArgumentNullException.ThrowIfNull(instanceType);
        if (_api.TryGetValue((region, instanceType, component), out var quote))
        {
            return quote;
        }

        var fallback = _fallback.Find(instanceType, region, component);
        var reason = _fallbackReasons.GetValueOrDefault((region, instanceType, component)) ?? "not asked";
        return fallback is null ? null : fallback with { Source = $"{fallback.Source} (fallback: Price List API {reason})" };
    }

    /// <inheritdoc />
    public InstanceSpec? Spec(string instanceType) => _fallback.Spec(instanceType);
}
