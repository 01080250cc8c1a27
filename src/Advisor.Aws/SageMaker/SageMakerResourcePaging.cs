using System.Runtime.CompilerServices;

namespace Advisor.Aws.SageMaker;

/// <summary>
/// Paging helpers for the resource list operations: page after page until NextToken is null, following empty pages that
/// still carry a token (aws-cli#7596), stopping with <see cref="InvalidOperationException"/> on a repeated token or more than 10,000 pages.
/// </summary>
public static class SageMakerResourcePaging
{
    /// <summary>Why: 100 is the largest page of every SageMaker list operation, so the fewest calls.</summary>
    public const int MaxPageSize = 100;

    /// <summary>Why: even 1,000,000 resources fit in 10,000 full pages; more pages means a token that never ends.</summary>
    private const int MaxPages = 10_000;

    /// <summary>Every inference component (optionally of one endpoint).</summary>
    public static IAsyncEnumerable<InferenceComponentSummary> ListAllInferenceComponentsAsync(
        this ISageMakerApi api, string? endpointName = null, CancellationToken cancellationToken = default) =>
        Flatten(PagesAsync("ListInferenceComponents", async (token, ct) =>
        {
            var page = await api.ListInferenceComponentsAsync(new(token, MaxPageSize, endpointName), ct);
            return (page.InferenceComponents, page.NextToken);
        }, cancellationToken));

    /// <summary>Every model.</summary>
    public static IAsyncEnumerable<ModelSummary> ListAllModelsAsync(this ISageMakerApi api, CancellationToken cancellationToken = default) =>
        Flatten(PagesAsync("ListModels", async (token, ct) =>
        {
            var page = await api.ListModelsAsync(new(token, MaxPageSize), ct);
            return (page.Models, page.NextToken);
        }, cancellationToken));

    /// <summary>Every training job created after <paramref name="createdAfter"/> (all of them when null).</summary>
    public static IAsyncEnumerable<TrainingJobSummary> ListAllTrainingJobsAsync(
        this ISageMakerApi api, DateTimeOffset? createdAfter = null, CancellationToken cancellationToken = default) =>
        Flatten(PagesAsync("ListTrainingJobs", async (token, ct) =>
        {
            var page = await api.ListTrainingJobsAsync(new(token, MaxPageSize, createdAfter), ct);
            return (page.TrainingJobSummaries, page.NextToken);
        }, cancellationToken));

    /// <summary>Every notebook instance.</summary>
    public static IAsyncEnumerable<NotebookInstanceSummary> ListAllNotebookInstancesAsync(
        this ISageMakerApi api, CancellationToken cancellationToken = default) =>
        Flatten(PagesAsync("ListNotebookInstances", async (token, ct) =>
        {
            var page = await api.ListNotebookInstancesAsync(new(token, MaxPageSize), ct);
            return (page.NotebookInstances, page.NextToken);
        }, cancellationToken));

    /// <summary>Every Studio app of every domain (Deleted ones included: AWS lists them for a while).</summary>
    public static IAsyncEnumerable<AppDetails> ListAllAppsAsync(this ISageMakerApi api, CancellationToken cancellationToken = default) =>
        Flatten(PagesAsync("ListApps", async (token, ct) =>
        {
            var page = await api.ListAppsAsync(new(token, MaxPageSize), ct);
            return (page.Apps, page.NextToken);
        }, cancellationToken));

    /// <summary>Every tag of a resource, as a dictionary (a later duplicate key wins).</summary>
    public static async Task<IReadOnlyDictionary<string, string>> ListAllTagsAsync(
        this ISageMakerApi api, string resourceArn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(api);
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var tag in Flatten(PagesAsync("ListTags", async (token, ct) =>
        {
            var page = await api.ListTagsAsync(new(resourceArn, token, MaxPageSize), ct);
            return (page.Tags, page.NextToken);
        }, cancellationToken)))
        {
            tags[tag.Key] = tag.Value;
        }

        return tags;
    }

    /// <summary>The pages of one list operation, each fetched by <paramref name="fetch"/> with the previous page's token.</summary>
    internal static async IAsyncEnumerable<IReadOnlyList<T>> PagesAsync<T>(
        string operation,
        Func<string?, CancellationToken, Task<(IReadOnlyList<T> Items, string? NextToken)>> fetch,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? token = null;
        var pages = 0;
        do
        {
            if (++pages > MaxPages)
            {
                throw new InvalidOperationException($"SageMaker {operation} returned more than {MaxPages} pages; stopping because the NextToken never ends.");
            }

            var (items, next) = await fetch(token, cancellationToken);
            yield return items;
            token = string.IsNullOrEmpty(next) ? null : next;
            if (token is not null && !seen.Add(token))
            {
                throw new InvalidOperationException(
                    $"SageMaker {operation} returned a NextToken it had already returned (page {pages}); stopping to avoid an endless loop.");
            }
        }
        while (token is not null);
    }

    private static async IAsyncEnumerable<T> Flatten<T>(IAsyncEnumerable<IReadOnlyList<T>> pages)
    {
        await foreach (var page in pages)
        {
            foreach (var item in page)
            {
                yield return item;
            }
        }
    }
}
