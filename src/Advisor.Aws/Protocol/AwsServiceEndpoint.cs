namespace Advisor.Aws.Protocol;

/// <summary>
/// Where and how one AWS JSON service is called: signing name and region, target prefix, JSON version and the URL.
/// Use the factory methods; pass an override URL to talk to the sandbox (or any AWS-compatible endpoint).
/// </summary>
public sealed record AwsServiceEndpoint
{
    public AwsServiceEndpoint(
        string serviceName, string signingName, string targetPrefix, string jsonVersion, string region, Uri endpointUrl, bool queryCompatible = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceName);
        ArgumentException.ThrowIfNullOrWhiteSpace(signingName);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetPrefix);
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        ArgumentNullException.ThrowIfNull(endpointUrl);
        if (jsonVersion is not ("1.0" or "1.1"))
        {
            throw new ArgumentException($"JSON version must be \"1.0\" or \"1.1\", not \"{jsonVersion}\".", nameof(jsonVersion));
        }

        if (!endpointUrl.IsAbsoluteUri || endpointUrl.Scheme is not ("https" or "http"))
        {
            throw new ArgumentException($"The endpoint URL must be an absolute http(s) URL, not \"{endpointUrl}\".", nameof(endpointUrl));
        }

        ServiceName = serviceName;
        SigningName = signingName;
        TargetPrefix = targetPrefix;
        JsonVersion = jsonVersion;
        Region = region;
        EndpointUrl = endpointUrl;
        QueryCompatible = queryCompatible;
    }

    /// <summary>Human name used in logs and errors, e.g. <c>SageMaker</c>.</summary>
    public string ServiceName { get; }

    /// <summary>The SigV4 service name in the credential scope, e.g. <c>sagemaker</c>.</summary>
    public string SigningName { get; }

    /// <summary>The <c>X-Amz-Target</c> prefix, e.g. <c>SageMaker</c>.</summary>
    public string TargetPrefix { get; }

    /// <summary><c>1.0</c> or <c>1.1</c>; gives the content type <c>application/x-amz-json-{version}</c>.</summary>
    public string JsonVersion { get; }

    /// <summary>The signing region.</summary>
    public string Region { get; }

    /// <summary>The URL requests are POSTed to (its path is used as is; AWS uses <c>/</c>).</summary>
    public Uri EndpointUrl { get; }

    /// <summary>Whether the service is awsQueryCompatible: send <c>x-amzn-query-mode: true</c> and prefer <c>x-amzn-query-error</c>.</summary>
    public bool QueryCompatible { get; }

    /// <summary>The exact Content-Type sent and signed.</summary>
    public string ContentType => "application/x-amz-json-" + JsonVersion;

    /// <summary>SageMaker: awsJson1_1, target <c>SageMaker</c>, host <c>api.sagemaker.{region}.amazonaws.com</c>.</summary>
    public static AwsServiceEndpoint SageMaker(string region, Uri? overrideUrl = null) =>
        new("SageMaker", "sagemaker", "SageMaker", "1.1", region, overrideUrl ?? DefaultUrl("api.sagemaker", region));

    /// <summary>CloudWatch: JSON 1.0 in query-compatible mode, target <c>GraniteServiceVersion20100801</c>, host <c>monitoring.{region}.amazonaws.com</c>.</summary>
    public static AwsServiceEndpoint CloudWatch(string region, Uri? overrideUrl = null) =>
        new("CloudWatch", "monitoring", "GraniteServiceVersion20100801", "1.0", region, overrideUrl ?? DefaultUrl("monitoring", region), queryCompatible: true);

    /// <summary>Cost Explorer. Why: its endpoint is global; it is always called at us-east-1 and signed for us-east-1 (aws partition).</summary>
    public static AwsServiceEndpoint CostExplorer(Uri? overrideUrl = null) =>
        new("CostExplorer", "ce", "AWSInsightsIndexService", "1.1", "us-east-1", overrideUrl ?? DefaultUrl("ce", "us-east-1"));

    /// <summary>Price List query API. Why: only us-east-1 (and ap-south-1) serve it, so us-east-1 is used.</summary>
    public static AwsServiceEndpoint Pricing(Uri? overrideUrl = null) =>
        new("Pricing", "pricing", "AWSPriceListService", "1.1", "us-east-1", overrideUrl ?? DefaultUrl("api.pricing", "us-east-1"));

    /// <summary>Application Auto Scaling: awsJson1_1, target <c>AnyScaleFrontendService</c>, host <c>application-autoscaling.{region}.amazonaws.com</c>.</summary>
    public static AwsServiceEndpoint ApplicationAutoScaling(string region, Uri? overrideUrl = null) =>
        new("ApplicationAutoScaling", "application-autoscaling", "AnyScaleFrontendService", "1.1", region,
            overrideUrl ?? DefaultUrl("application-autoscaling", region));

    private static Uri DefaultUrl(string prefix, string region)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(region);

        // Why: region names are lower-case letters, digits and dashes; anything else would change the host name we call.
        if (!region.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new ArgumentException($"\"{region}\" is not an AWS region name.", nameof(region));
        }

        return new Uri($"https://{prefix}.{region}.amazonaws.com/");
    }
}
