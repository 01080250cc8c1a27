using System.Collections.Concurrent;
using Advisor.Aws.Collection.SageMaker;
using Advisor.Aws.Errors;
using Advisor.Aws.SageMaker;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Logging;

namespace Advisor.Aws.Collection;

/// <summary>
/// Lists every SageMaker endpoint of a scope and describes it with its endpoint config (phase one of a collection).
/// One DescribeEndpointConfig per distinct config name. A failure is reported in the source status, never as an empty estate.
/// </summary>
public sealed class EndpointInventoryCollector(ISageMakerApi sageMaker, CollectionOptions options, ILogger<EndpointInventoryCollector> logger)
{
    /// <summary>Why: AWS's maximum page size; fewer calls than the default of 10.</summary>
    private const int PageSize = 100;

    /// <summary>Collects the endpoints and the status of the <see cref="Sources.SageMakerEndpoints"/> source.</summary>
    public async Task<(IReadOnlyList<SageMakerEndpoint> Endpoints, SourceStatus Status)> CollectAsync(CancellationToken cancellationToken)
    {
        var calls = 0;
        List<EndpointSummary> summaries;
        try
        {
            (summaries, calls) = await ListAllAsync(cancellationToken);
        }
        catch (Exception ex) when (SourceFailure.IsSourceError(ex))
        {
            logger.LogWarning(ex, "Listing SageMaker endpoints failed with {Health}", SourceFailure.HealthOf(ex));
            return ([], new SourceStatus(Sources.SageMakerEndpoints, SourceFailure.HealthOf(ex), SourceFailure.Describe(ex), calls));
        }

        var configs = new ConcurrentDictionary<string, Lazy<Task<DescribeEndpointConfigResponse?>>>(StringComparer.Ordinal);
        var results = new ConcurrentDictionary<int, SageMakerEndpoint>();
        var problems = new ConcurrentBag<(SourceHealth Health, string Detail)>();
        var callCount = calls;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.DescribeConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(summaries.Select((s, i) => (s, i)), parallel, async (item, ct) =>
        {
            try
            {
                var described = await sageMaker.DescribeEndpointAsync(item.s.EndpointName, ct);
                Interlocked.Increment(ref callCount);
                DescribeEndpointConfigResponse? config = null;
                if (described.EndpointConfigName is { } configName)
                {
                    config = await configs.GetOrAdd(configName, name => new Lazy<Task<DescribeEndpointConfigResponse?>>(
                        () => DescribeConfigAsync(name, problems, () => Interlocked.Increment(ref callCount), ct))).Value;
                }

                results[item.i] = EndpointMapper.Map(described, config);
            }
            catch (AwsNotFoundException ex)
            {
                // Why: an endpoint deleted between List and Describe is gone; say so rather than report it.
                var endpointName = item.s.EndpointName;
                logger.LogInformation(ex, "Endpoint {EndpointName} disappeared during collection", endpointName);
            }
            catch (Exception ex) when (SourceFailure.IsSourceError(ex))
            {
                logger.LogWarning(ex, "Describing endpoint {EndpointName} failed", item.s.EndpointName);
                problems.Add((SourceFailure.HealthOf(ex), $"{item.s.EndpointName}: {SourceFailure.Describe(ex)}"));
            }
        });

        var endpoints = results.OrderBy(r => r.Key).Select(r => r.Value).ToList();
        var endpointCount = endpoints.Count;
        logger.LogInformation("Collected {EndpointCount} SageMaker endpoints with {CallCount} calls", endpointCount, callCount);
        return (endpoints, StatusFrom(problems, callCount, summaries.Count));
    }

    // Why: the shared pager (also used by every other SageMaker collector) follows NextToken through empty pages and stops a token
    // that never ends.
    private Task<(List<EndpointSummary> Summaries, int Calls)> ListAllAsync(CancellationToken cancellationToken) =>
        ResourceCollection.ListAllAsync<EndpointSummary>(
            "ListEndpoints",
            async (token, ct) =>
            {
                var page = await sageMaker.ListEndpointsAsync(new ListEndpointsRequest(token, PageSize), ct);
                return (page.Endpoints, page.NextToken);
            },
            cancellationToken);

    private async Task<DescribeEndpointConfigResponse?> DescribeConfigAsync(
        string name, ConcurrentBag<(SourceHealth, string)> problems, Action countCall, CancellationToken ct)
    {
        try
        {
            var config = await sageMaker.DescribeEndpointConfigAsync(name, ct);
            countCall();
            return config;
        }
        catch (AwsNotFoundException ex)
        {
            // Why: a config deleted after the endpoint was created leaves the instance type unknown (aws-wire §2.3).
            countCall();
            problems.Add((SourceHealth.MissingData, $"endpoint config {name}: {ex.Message}"));
            return null;
        }
    }

    private static SourceStatus StatusFrom(ConcurrentBag<(SourceHealth Health, string Detail)> problems, int calls, int listed)
    {
        if (problems.IsEmpty)
        {
            return new SourceStatus(Sources.SageMakerEndpoints, SourceHealth.Healthy, $"{listed} endpoints", calls);
        }

        var worst = problems.Select(p => p.Health).Max();
        var detail = $"{problems.Count} of {listed} endpoints incomplete: " + string.Join("; ", problems.Take(5).Select(p => p.Detail));
        return new SourceStatus(Sources.SageMakerEndpoints, worst, detail, calls);
    }
}
