using System.Net;
using System.Text.RegularExpressions;
using Advisor.Aws.Errors;
using Advisor.Aws.Protocol;

namespace Advisor.Aws.CloudWatch;

/// <summary>
/// <see cref="ICloudWatchApi"/> over CloudWatch's JSON 1.0 protocol in query-compatible mode
/// (target prefix <c>GraniteServiceVersion20100801</c>, signing name <c>monitoring</c>, header <c>x-amzn-query-mode: true</c>).
/// Checks the query limits before sending, so a bad batch fails with an <see cref="ArgumentException"/> and costs nothing.
/// </summary>
public sealed partial class CloudWatchClient(AwsJsonClient client) : ICloudWatchApi
{
    /// <summary>Why: CloudWatch's service limit on MetricDataQueries per GetMetricData call.</summary>
    public const int MaxQueriesPerCall = 500;

    private const string Operation = "GetMetricData";

    private readonly AwsJsonClient _client = client ?? throw new ArgumentNullException(nameof(client));

    public async Task<GetMetricDataResponse> GetMetricDataAsync(GetMetricDataRequest request, CancellationToken cancellationToken = default)
    {
        Validate(request);
        var input = new GetMetricDataInput(
            request.Queries.Select(ToWire).ToList(),
            request.StartTime,
            request.EndTime,
            string.IsNullOrEmpty(request.NextToken) ? null : request.NextToken,
            request.ScanBy,
            request.MaxDatapoints);
        var output = await _client.InvokeAsync<GetMetricDataInput, GetMetricDataOutput>(Operation, input, cancellationToken);
        var results = (output.MetricDataResults ?? []).Select(ToResult).ToList();
        var messages = (output.Messages ?? []).Where(m => m is not null).Select(m => $"{m!.Code}: {m.Value}").ToList();
        return new GetMetricDataResponse(results, string.IsNullOrEmpty(output.NextToken) ? null : output.NextToken, messages);
    }

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first problem of the request.</summary>
    public static void Validate(GetMetricDataRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Queries is null || request.Queries.Count == 0)
        {
            throw new ArgumentException("GetMetricData needs at least one query.", nameof(request));
        }

        if (request.Queries.Count > MaxQueriesPerCall)
        {
            throw new ArgumentException(
                $"GetMetricData accepts at most {MaxQueriesPerCall} queries per call; got {request.Queries.Count}. Split the batch.", nameof(request));
        }

        if (request.EndTime <= request.StartTime)
        {
            throw new ArgumentException($"GetMetricData EndTime {request.EndTime:o} must be after StartTime {request.StartTime:o}.", nameof(request));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var query in request.Queries)
        {
            if (query?.Spec is null)
            {
                throw new ArgumentException("A GetMetricData query or its metric spec is null.", nameof(request));
            }

            if (query.Id is null || !IdPattern().IsMatch(query.Id))
            {
                throw new ArgumentException(
                    $"Query id \"{query.Id}\" is invalid: it must start with a lower-case letter and contain only letters, digits and '_' (at most 255).",
                    nameof(request));
            }

            if (!ids.Add(query.Id))
            {
                throw new ArgumentException($"Query id \"{query.Id}\" is used twice; ids must be unique within a call.", nameof(request));
            }
        }
    }

    private static MetricDataQueryWire ToWire(MetricDataQuery query) => new(
        query.Id,
        new MetricStatWire(
            new MetricWire(query.Spec.Namespace, query.Spec.MetricName, query.Spec.Dimensions.Select(d => new DimensionWire(d.Name, d.Value)).ToList()),
            query.Spec.PeriodSeconds,
            query.Spec.Stat),
        ReturnData: true);

    private static MetricDataResult ToResult(MetricDataResultWire? r)
    {
        if (r?.Id is null)
        {
            throw Invalid("a MetricDataResults entry has no Id");
        }

        var timestamps = r.Timestamps ?? [];
        var values = r.Values ?? [];
        if (timestamps.Count != values.Count)
        {
            throw Invalid($"result \"{r.Id}\" has {timestamps.Count} timestamps but {values.Count} values");
        }

        return new MetricDataResult(r.Id, r.Label, timestamps, values, r.StatusCode ?? "Complete");
    }

    private static AwsInvalidResponseException Invalid(string problem) =>
        new(new AwsErrorDetails("CloudWatch", Operation, "InvalidResponse", $"CloudWatch {Operation} returned an unusable response: {problem}.", null, HttpStatusCode.OK));

    /// <summary>Why: CloudWatch's rule for query ids: first a lower-case letter, then letters, digits or underscores, 255 at most.</summary>
    [GeneratedRegex("^[a-z][a-zA-Z0-9_]{0,254}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
