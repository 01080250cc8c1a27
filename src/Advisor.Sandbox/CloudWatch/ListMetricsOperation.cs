using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.CloudWatch;

/// <summary>ListMetrics over the estate's series: Namespace, MetricName and Dimensions filters, 500 metrics per page.</summary>
internal sealed class ListMetricsOperation(MetricStore store)
{
    /// <summary>Why: CloudWatch returns at most 500 metrics per ListMetrics call (no MaxResults member).</summary>
    public const int PageSize = 500;

    private const string TokenKind = "ListMetrics";

    private readonly List<ListedMetric> _all = store.Keys
        .Select(k => new ListedMetric(k.Namespace, k.MetricName, ParseDimensions(k.Dimensions)))
        .OrderBy(m => m.Namespace, StringComparer.Ordinal)
        .ThenBy(m => m.MetricName, StringComparer.Ordinal)
        .ThenBy(m => string.Join(',', m.Dimensions.Select(d => d.Key + "=" + d.Value)), StringComparer.Ordinal)
        .ToList();

    public ListMetricsOutput Execute(ListMetricsInput input)
    {
        if (input.Dimensions.Any(d => string.IsNullOrEmpty(d.Key)))
        {
            throw ApiErrors.CloudWatchMissingParameter("Every entry of the Dimensions filter needs a Name.");
        }

        // Why: ListMetrics allows at most 10 dimension filters.
        if (input.Dimensions.Count > 10)
        {
            throw ApiErrors.CloudWatchInvalidParameter("The collection Dimensions must not have a size greater than 10.");
        }

        var matching = _all
            .Where(m => input.Namespace is null || m.Namespace == input.Namespace)
            .Where(m => input.MetricName is null || m.MetricName == input.MetricName)
            .Where(m => input.Dimensions.All(f => m.Dimensions.Any(d => d.Key == f.Key && (f.Value is null || d.Value == f.Value))))
            .ToList();

        var fingerprint = PageToken.Fingerprint(string.Join('|', input.Namespace, input.MetricName, string.Join(',', input.Dimensions)));
        var offset = input.NextToken is null ? 0 : PageToken.TryRead(input.NextToken, TokenKind, fingerprint)
            ?? throw ApiErrors.InvalidNextToken("The NextToken is invalid or was issued for a different ListMetrics filter.");
        var page = matching.Skip(offset).Take(PageSize).ToList();
        var next = offset + PageSize < matching.Count ? PageToken.Create(TokenKind, offset + PageSize, fingerprint) : null;
        return new ListMetricsOutput(page, next);
    }

    /// <summary>Reads <see cref="SeriesKey.Dimensions"/> (<c>Name=Value</c> pairs joined by commas) back into pairs.</summary>
    private static List<KeyValuePair<string, string>> ParseDimensions(string canonical) =>
        canonical.Length == 0
            ? []
            : canonical.Split(',').Select(p =>
            {
                var eq = p.IndexOf('=', StringComparison.Ordinal);
                return new KeyValuePair<string, string>(p[..eq], p[(eq + 1)..]);
            }).ToList();
}
