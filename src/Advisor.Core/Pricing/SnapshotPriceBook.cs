namespace Advisor.Core.Pricing;

/// <summary>
/// The prices an analysis uses for one snapshot: the quotes collected from the Price List API for it first, then the fallback
/// (the bundled table). Each quote keeps its own source and date, so evidence says where every number came from.
/// </summary>
public sealed class SnapshotPriceBook : IPriceBook
{
    private readonly Dictionary<(string Type, string Region, PriceComponent Component), PriceQuote> _quotes;
    private readonly IPriceBook _fallback;

    public SnapshotPriceBook(IEnumerable<PriceQuote> quotes, IPriceBook fallback)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        _fallback = fallback ?? throw new ArgumentNullException(nameof(fallback));
        _quotes = [];
        foreach (var quote in quotes)
        {
            _quotes[(quote.InstanceType, quote.Region, quote.Component)] = quote;
        }
    }

    /// <inheritdoc />
    public PriceQuote? Find(string instanceType, string region, PriceComponent component) =>
        _quotes.GetValueOrDefault((instanceType, region, component)) ?? _fallback.Find(instanceType, region, component);

    /// <inheritdoc />
    public InstanceSpec? Spec(string instanceType) => _fallback.Spec(instanceType);
}
