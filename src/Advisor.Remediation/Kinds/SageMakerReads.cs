using Advisor.Aws.CloudWatch;
using Advisor.Aws.SageMaker;
using Advisor.Core.Snapshots;

namespace Advisor.Remediation.Kinds;

/// <summary>The fresh reads the SageMaker kinds make just before acting: a resource's tags, an endpoint's recent invocations.</summary>
internal static class SageMakerReads
{
    /// <summary>Why 100: ListTags' largest page, so the fewest calls.</summary>
    private const int TagPage = 100;

    /// <summary>Why 100: ListInferenceComponents' largest page.</summary>
    private const int ComponentPage = 100;

    public static async Task<IReadOnlyDictionary<string, string>> TagsAsync(ISageMakerApi sageMaker, string arn, CancellationToken ct)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        string? token = null;
        do
        {
            var page = await sageMaker.ListTagsAsync(new ListTagsRequest(arn, token, TagPage), ct);
            foreach (var tag in page.Tags)
            {
                tags[tag.Key] = tag.Value;
            }

            token = page.NextToken;
        }
        while (token is not null);
        return tags;
    }

    /// <summary>Sum of Invocations over every variant of the endpoint in [now - lookback, now).</summary>
    public static async Task<double> InvocationsAsync(
        ICloudWatchApi cloudWatch, string endpointName, IReadOnlyList<string> variants, TimeSpan lookback, DateTimeOffset now, CancellationToken ct)
    {
        // Why: CloudWatch periods align to the hour; flooring keeps the query on whole hours, as the analyzer's window is.
        var end = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero).AddHours(1);
        var queries = variants
            .Select((v, i) => new MetricDataQuery(
                "v" + i.ToString(System.Globalization.CultureInfo.InvariantCulture),
                new MetricSpec("AWS/SageMaker", "Invocations", [new("EndpointName", endpointName), new("VariantName", v)], "Sum", 3600)))
            .ToList();
        if (queries.Count == 0)
        {
            return 0;
        }

        var total = 0d;
        string? token = null;
        do
        {
            var page = await cloudWatch.GetMetricDataAsync(new GetMetricDataRequest(queries, end - lookback, end, token), ct);
            total += page.Results.Sum(r => r.Values.Sum());
            token = page.NextToken;
        }
        while (token is not null);
        return total;
    }

    /// <summary>The inference components hosted on <paramref name="endpointName"/>, with their copy counts (List, then Describe each).</summary>
    public static async Task<IReadOnlyList<ComponentCopies>> ComponentsAsync(ISageMakerApi sageMaker, string endpointName, CancellationToken ct)
    {
        var names = await ComponentNamesAsync(sageMaker, endpointName, ct);
        var components = new List<ComponentCopies>(names.Count);
        foreach (var name in names)
        {
            var c = await sageMaker.DescribeInferenceComponentAsync(name, ct);
            components.Add(new ComponentCopies(c.InferenceComponentName, c.InferenceComponentStatus ?? "unknown", c.DesiredCopyCount ?? 0, c.CurrentCopyCount ?? 0));
        }

        return components;
    }

    /// <summary>The names of the inference components hosted on <paramref name="endpointName"/>, sorted.</summary>
    public static async Task<IReadOnlyList<string>> ComponentNamesAsync(ISageMakerApi sageMaker, string endpointName, CancellationToken ct)
    {
        var names = new List<string>();
        string? token = null;
        do
        {
            var page = await sageMaker.ListInferenceComponentsAsync(new ListInferenceComponentsRequest(token, ComponentPage, endpointName), ct);
            names.AddRange(page.InferenceComponents.Where(c => c.EndpointName == endpointName).Select(c => c.InferenceComponentName));
            token = page.NextToken;
        }
        while (token is not null);
        names.Sort(StringComparer.Ordinal);
        return names;
    }
}

/// <summary>One inference component's status and copy counts, as DescribeInferenceComponent reports them.</summary>
internal sealed record ComponentCopies(string Name, string Status, int Desired, int Current);
