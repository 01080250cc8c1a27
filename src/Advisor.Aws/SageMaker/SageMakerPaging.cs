using System.Runtime.CompilerServices;

namespace Advisor.Aws.SageMaker;

/// <summary>Paging helpers over <see cref="ISageMakerApi"/>.</summary>
public static class SageMakerPaging
{
    /// <summary>Why: 100 is ListEndpoints' largest page, so the fewest calls.</summary>
    private const int DefaultPageSize = 100;

    /// <summary>Why: even 1,000,000 endpoints fit in 10,000 full pages; more pages means a token that never ends.</summary>
    private const int MaxPages = 10_000;

    /// <summary>
    /// Every endpoint, page after page until NextToken is null. Empty pages that still carry a token are followed
    /// (aws-cli#7596); a token seen before, or more than 10,000 pages, stops with <see cref="InvalidOperationException"/>.
    /// </summary>
    public static async IAsyncEnumerable<EndpointSummary> ListAllEndpointsAsync(
        this ISageMakerApi api,
        string? statusEquals = null,
        int pageSize = DefaultPageSize,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? token = null;
        var pages = 0;
        do
        {
            if (++pages > MaxPages)
            {
                throw new InvalidOperationException($"SageMaker ListEndpoints returned more than {MaxPages} pages; stopping because the NextToken never ends.");
            }

            var page = await api.ListEndpointsAsync(new ListEndpointsRequest(token, pageSize, statusEquals), cancellationToken);
            foreach (var endpoint in page.Endpoints)
            {
                yield return endpoint;
            }

            token = string.IsNullOrEmpty(page.NextToken) ? null : page.NextToken;
            if (token is not null && !seen.Add(token))
            {
                throw new InvalidOperationException(
                    $"SageMaker ListEndpoints returned a NextToken it had already returned (page {pages}); stopping to avoid an endless loop.");
            }
        }
        while (token is not null);
    }
}
