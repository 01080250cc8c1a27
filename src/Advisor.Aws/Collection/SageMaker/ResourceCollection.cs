using System.Collections.Concurrent;
using Advisor.Aws.Errors;
using Advisor.Aws.SageMaker;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Logging;

namespace Advisor.Aws.Collection.SageMaker;

/// <summary>The results of describing listed resources: what was described, what went wrong, how many calls it took.</summary>
internal sealed record DescribeOutcome<T>(IReadOnlyList<T> Results, IReadOnlyList<(SourceHealth Health, string Detail)> Problems, int Calls);

/// <summary>Listing and describing shared by the SageMaker resource collectors: call counting, limited concurrency, per-source status.</summary>
internal static class ResourceCollection
{
    /// <summary>Every item of a list operation and the number of calls (pages) it took.</summary>
    public static async Task<(List<T> Items, int Calls)> ListAllAsync<T>(
        string operation,
        Func<string?, CancellationToken, Task<(IReadOnlyList<T> Items, string? NextToken)>> fetch,
        CancellationToken cancellationToken)
    {
        var all = new List<T>();
        var calls = 0;
        await foreach (var page in SageMakerResourcePaging.PagesAsync(operation, fetch, cancellationToken))
        {
            calls++;
            all.AddRange(page);
        }

        return (all, calls);
    }

    /// <summary>
    /// Describes every item with at most <paramref name="concurrency"/> calls in flight, keeping list order.
    /// A resource gone between List and Describe is skipped (or, with <paramref name="notFoundIsMissing"/>, reported as missing data);
    /// any other AWS failure becomes a problem of the source.
    /// </summary>
    public static async Task<DescribeOutcome<TOut>> DescribeAllAsync<TIn, TOut>(
        IReadOnlyList<TIn> items,
        Func<TIn, string> nameOf,
        Func<TIn, CancellationToken, Task<TOut>> describe,
        int concurrency,
        bool notFoundIsMissing,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        var results = new ConcurrentDictionary<int, TOut>();
        var problems = new ConcurrentBag<(SourceHealth, string)>();
        var calls = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(items.Select((item, index) => (item, index)), parallel, async (entry, ct) =>
        {
            var name = nameOf(entry.item);
            try
            {
                Interlocked.Increment(ref calls);
                results[entry.index] = await describe(entry.item, ct);
            }
            catch (AwsNotFoundException ex)
            {
                logger.LogInformation(ex, "SageMaker resource {ResourceName} was not found when described", name);
                if (notFoundIsMissing)
                {
                    problems.Add((SourceHealth.MissingData, $"{name}: {ex.Message}"));
                }
            }
            catch (Exception ex) when (SourceFailure.IsSourceError(ex))
            {
                logger.LogWarning(ex, "Describing SageMaker resource {ResourceName} failed", name);
                problems.Add((SourceFailure.HealthOf(ex), $"{name}: {SourceFailure.Describe(ex)}"));
            }
        });

        return new DescribeOutcome<TOut>(results.OrderBy(r => r.Key).Select(r => r.Value).ToList(), problems.ToList(), calls);
    }

    /// <summary>A healthy status, or the worst problem's health with the first five problems named.</summary>
    public static SourceStatus StatusOf(string source, string noun, int listed, IReadOnlyList<(SourceHealth Health, string Detail)> problems, int calls)
    {
        if (problems.Count == 0)
        {
            return new SourceStatus(source, SourceHealth.Healthy, $"{listed} {noun}", calls);
        }

        var worst = problems.Select(p => p.Health).Max();
        var detail = $"{problems.Count} of {listed} {noun} incomplete: " + string.Join("; ", problems.Take(5).Select(p => p.Detail));
        return new SourceStatus(source, worst, detail, calls);
    }

    /// <summary>The status of a source whose listing failed outright: never "no resources".</summary>
    public static SourceStatus ListFailed(string source, Exception error, int calls) =>
        new(source, SourceFailure.HealthOf(error), SourceFailure.Describe(error), calls);
}
