using Advisor.Aws.CloudWatch;
using Advisor.Aws.Credentials;
using Advisor.Aws.Protocol;
using Advisor.Aws.SageMaker;
using Microsoft.Extensions.Logging;

namespace Advisor.Aws;

/// <summary>
/// Builds the typed AWS clients for a region. With an endpoint override every service is called at that one URL
/// (the sandbox), still signed for the service's own signing name and the given region.
/// </summary>
public sealed class AwsClientFactory
{
    private readonly ICredentialSource _credentials;
    private readonly HttpClient _httpClient;
    private readonly ILoggerFactory _loggerFactory;
    private readonly TimeProvider _timeProvider;
    private readonly AwsRetryOptions _retry;

    public AwsClientFactory(
        ICredentialSource credentials,
        HttpClient httpClient,
        ILoggerFactory loggerFactory,
        TimeProvider timeProvider,
        AwsRetryOptions? retryOptions = null)
    {
        _credentials = credentials ?? throw new ArgumentNullException(nameof(credentials));
        _httpClient = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        _loggerFactory = loggerFactory ?? throw new ArgumentNullException(nameof(loggerFactory));
        _timeProvider = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _retry = retryOptions ?? new AwsRetryOptions();
        _retry.Validate();
    }

    /// <summary>A SageMaker client for <paramref name="region"/>, at <paramref name="endpointOverride"/> when given.</summary>
    public ISageMakerApi CreateSageMaker(string region, Uri? endpointOverride = null) =>
        new SageMakerClient(CreateJsonClient(AwsServiceEndpoint.SageMaker(region, endpointOverride)));

    /// <summary>A CloudWatch client for <paramref name="region"/>, at <paramref name="endpointOverride"/> when given.</summary>
    public ICloudWatchApi CreateCloudWatch(string region, Uri? endpointOverride = null) =>
        new CloudWatchClient(CreateJsonClient(AwsServiceEndpoint.CloudWatch(region, endpointOverride)));

    /// <summary>An Application Auto Scaling client for <paramref name="region"/>, at <paramref name="endpointOverride"/> when given.</summary>
    public AutoScaling.IApplicationAutoScalingApi CreateApplicationAutoScaling(string region, Uri? endpointOverride = null) =>
        new AutoScaling.ApplicationAutoScalingClient(CreateJsonClient(AwsServiceEndpoint.ApplicationAutoScaling(region, endpointOverride)));

    /// <summary>A Cost Explorer client. Why no region: Cost Explorer is global, always signed for us-east-1.</summary>
    public CostExplorer.ICostExplorerApi CreateCostExplorer(Uri? endpointOverride = null) =>
        new CostExplorer.CostExplorerClient(CreateJsonClient(AwsServiceEndpoint.CostExplorer(endpointOverride)));

    /// <summary>A Price List query API client (us-east-1).</summary>
    public Pricing.IPricingApi CreatePricing(Uri? endpointOverride = null) =>
        new Pricing.PricingClient(CreateJsonClient(AwsServiceEndpoint.Pricing(endpointOverride)));

    /// <summary>An EC2 client (AWSSDK.EC2) for <paramref name="region"/>, at <paramref name="endpointOverride"/> when given.</summary>
    public Ec2.IEc2Api CreateEc2(string region, Uri? endpointOverride = null) =>
        Ec2.Ec2ClientBuilder.Create(_credentials, region, endpointOverride, _retry);

    /// <summary>A raw JSON-protocol client for any endpoint (Cost Explorer, Pricing, ...). Each client has its own retry token bucket.</summary>
    public AwsJsonClient CreateJsonClient(AwsServiceEndpoint endpoint) =>
        new(endpoint, _httpClient, _credentials, _retry, _timeProvider, _loggerFactory.CreateLogger<AwsJsonClient>());
}
