using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.CloudWatch;

/// <summary>
/// GetMetricData, protocol-neutral: validates the queries as CloudWatch does, answers them from the hourly store and
/// pages the answer by MaxDatapoints (PartialData + NextToken; the token only continues identical queries).
/// </summary>
internal sealed partial class GetMetricDataOperation(MetricStore store)
{
    /// <summary>Why: CloudWatch's service limit; the model does not carry it.</summary>
    public const int MaxQueries = 500;

    /// <summary>Why: CloudWatch's default and maximum MaxDatapoints per call, across all queries.</summary>
    public const int MaxDatapointsLimit = 100_800;

    private const string TokenKind = "GetMetricData";
    private static readonly string[] BasicStats = ["Sum", "Average", "Maximum", "Minimum", "SampleCount"];

    [GeneratedRegex("^[a-z][a-zA-Z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^p(100(\.0+)?|\d{1,2}(\.\d+)?)$", RegexOptions.CultureInvariant)]
    private static partial Regex PercentilePattern();

    public GetMetricDataOutput Execute(GetMetricDataInput input)
    {
        var queries = input.Queries ?? throw ApiErrors.CloudWatchMissingParameter("The parameter MetricDataQueries is required.");
        if (queries.Count > MaxQueries)
        {
            throw ApiErrors.CloudWatchValidationError(
                $"The collection MetricDataQueries must not have a size greater than {MaxQueries.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (queries.Count == 0)
        {
            throw ApiErrors.CloudWatchMissingParameter("The parameter MetricDataQueries must contain at least one query.");
        }

        var start = input.StartTime ?? throw ApiErrors.CloudWatchMissingParameter("The parameter StartTime is required.");
        var end = input.EndTime ?? throw ApiErrors.CloudWatchMissingParameter("The parameter EndTime is required.");
        if (start >= end)
        {
            throw ApiErrors.CloudWatchInvalidParameter("The parameter StartTime must be less than the parameter EndTime.");
        }

        var scanBy = input.ScanBy ?? "TimestampDescending";
        if (scanBy is not ("TimestampDescending" or "TimestampAscending"))
        {
            throw ApiErrors.CloudWatchInvalidParameter(
                $"The parameter ScanBy must be TimestampDescending or TimestampAscending, got '{scanBy}'.");
        }

        var maxDatapoints = input.MaxDatapoints ?? MaxDatapointsLimit;
        if (maxDatapoints is < 1 or > MaxDatapointsLimit)
        {
            throw ApiErrors.CloudWatchInvalidParameter(
                $"The parameter MaxDatapoints must be between 1 and {MaxDatapointsLimit.ToString(CultureInfo.InvariantCulture)}.");
        }

        ValidateQueries(queries);
        var returned = queries.Where(q => q.ReturnData).ToList();
        var fingerprint = Fingerprint(returned, start, end, scanBy);
        var offset = input.NextToken is null ? 0 : PageToken.TryRead(input.NextToken, TokenKind, fingerprint)
            ?? throw ApiErrors.InvalidNextToken("The NextToken is invalid or was issued for different queries, times or ScanBy.");

        var results = new List<MetricDataResultOutput>(returned.Count);
        var position = 0;
        var remainingOverall = false;
        foreach (var query in returned)
        {
            var points = Answer(query, start, end);
            if (scanBy == "TimestampDescending")
            {
                points.Reverse();
            }

            // Why: the points of all queries form one sequence (query order, then time); a page is a window of it.
            var skip = Math.Clamp(offset - position, 0, points.Count);
            var take = Math.Clamp(offset + maxDatapoints - position - skip, 0, points.Count - skip);
            position += points.Count;
            var complete = skip + take == points.Count;
            remainingOverall |= !complete;
            var slice = points.GetRange(skip, take);
            results.Add(new MetricDataResultOutput(
                query.Id!, query.Label ?? query.Metric!.MetricName!, slice.ConvertAll(p => p.Timestamp), slice.ConvertAll(p => p.Value),
                complete ? "Complete" : "PartialData"));
        }

        var next = remainingOverall ? PageToken.Create(TokenKind, offset + maxDatapoints, fingerprint) : null;
        return new GetMetricDataOutput(results, next);
    }

    private List<(DateTimeOffset Timestamp, double Value)> Answer(MetricDataQueryInput query, DateTimeOffset start, DateTimeOffset end)
    {
        var metric = query.Metric!;
        var key = new SeriesKey(metric.Namespace!, metric.MetricName!, metric.Dimensions.Select(d => new KeyValuePair<string, string>(d.Key, d.Value!)));

        // Why: CloudWatch answers a series that does not exist with empty lists and StatusCode Complete, not an error.
        return store.Find(key) is { } series ? HourlyAggregator.Aggregate(series, start, end, query.Period!.Value, query.Stat!) : [];
    }

    private static void ValidateQueries(IReadOnlyList<MetricDataQueryInput> queries)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < queries.Count; i++)
        {
            var q = queries[i];
            var at = $"MetricDataQueries.member.{(i + 1).ToString(CultureInfo.InvariantCulture)}";
            if (string.IsNullOrEmpty(q.Id))
            {
                throw ApiErrors.CloudWatchMissingParameter($"The parameter {at}.Id is required.");
            }

            if (q.Id.Length > 255 || !IdPattern().IsMatch(q.Id))
            {
                throw ApiErrors.CloudWatchValidationError(
                    $"The value {q.Id} for parameter {at}.Id is not matching the expected pattern ^[a-z][a-zA-Z0-9_]*$.");
            }

            if (!ids.Add(q.Id))
            {
                throw ApiErrors.CloudWatchValidationError($"The values for parameter Id in MetricDataQueries are not unique: '{q.Id}' appears twice.");
            }

            if (q.Expression is not null)
            {
                throw ApiErrors.CloudWatchInvalidParameter(
                    $"Query '{q.Id}' uses an Expression; the sandbox answers MetricStat queries only (no metric math or Metrics Insights).");
            }

            if (!q.HasMetricStat)
            {
                throw ApiErrors.CloudWatchValidationError($"Query '{q.Id}' must have exactly one of MetricStat or Expression.");
            }

            ValidateMetricStat(q, at);
        }
    }

    private static void ValidateMetricStat(MetricDataQueryInput q, string at)
    {
        if (q.Metric is null || string.IsNullOrEmpty(q.Metric.Namespace) || string.IsNullOrEmpty(q.Metric.MetricName))
        {
            throw ApiErrors.CloudWatchMissingParameter($"The parameters {at}.MetricStat.Metric.Namespace and MetricName are required.");
        }

        if (q.Metric.Dimensions.Any(d => string.IsNullOrEmpty(d.Key) || d.Value is null))
        {
            throw ApiErrors.CloudWatchMissingParameter($"Every dimension of {at}.MetricStat.Metric needs a Name and a Value.");
        }

        var period = q.Period ?? throw ApiErrors.CloudWatchMissingParameter($"The parameter {at}.MetricStat.Period is required.");

        // Why: standard-resolution data only exists at multiples of 60 s; the hourly store can answer divisors and multiples of an hour.
        if (period <= 0 || period % 60 != 0)
        {
            throw ApiErrors.CloudWatchInvalidParameter($"The parameter {at}.MetricStat.Period must be a multiple of 60, got {period.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (period < 3600 ? 3600 % period != 0 : period % 3600 != 0)
        {
            throw ApiErrors.CloudWatchInvalidParameter(
                $"The sandbox answers {at}.MetricStat.Period only when it divides 3600 or is a multiple of 3600, got {period.ToString(CultureInfo.InvariantCulture)}.");
        }

        var stat = q.Stat ?? throw ApiErrors.CloudWatchMissingParameter($"The parameter {at}.MetricStat.Stat is required.");
        if (!BasicStats.Contains(stat, StringComparer.Ordinal) && !PercentilePattern().IsMatch(stat))
        {
            throw ApiErrors.CloudWatchInvalidParameter(
                $"The parameter {at}.MetricStat.Stat '{stat}' is not supported; use Sum, Average, Maximum, Minimum, SampleCount or pNN.");
        }
    }

    private static string Fingerprint(List<MetricDataQueryInput> queries, DateTimeOffset start, DateTimeOffset end, string scanBy)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{start.ToUnixTimeMilliseconds()}|{end.ToUnixTimeMilliseconds()}|{scanBy}");
        foreach (var q in queries)
        {
            text.Append(CultureInfo.InvariantCulture, $"|{q.Id};{q.Metric!.Namespace};{q.Metric.MetricName};{q.Period};{q.Stat}");
            foreach (var d in q.Metric.Dimensions.OrderBy(d => d.Key, StringComparer.Ordinal))
            {
                text.Append(';').Append(d.Key).Append('=').Append(d.Value);
            }
        }

        return PageToken.Fingerprint(text.ToString());
    }
}
