using Advisor.Aws.Credentials;
using Advisor.Aws.Protocol;
using Amazon;
using Amazon.EC2;
using Amazon.Runtime;

namespace Advisor.Aws.Ec2;

/// <summary>Configures an <see cref="AmazonEC2Client"/> for a region (or an override URL such as the sandbox) with our credentials.</summary>
public static class Ec2ClientBuilder
{
    /// <summary>An EC2 client signing for <paramref name="region"/>, standard retry mode, credentials from <paramref name="credentials"/>.</summary>
    public static Ec2Client Create(ICredentialSource credentials, string region, Uri? endpointOverride, AwsRetryOptions retry)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        ArgumentNullException.ThrowIfNull(retry);
        var config = new AmazonEC2Config
        {
            // Why: adaptive mode adds client-side rate limiting when throttled, matching our own clients' adaptive mode.
            RetryMode = retry.Mode == AwsRetryMode.Adaptive ? RequestRetryMode.Adaptive : RequestRetryMode.Standard,

            // Why: MaxErrorRetry counts retries, our options count attempts (first try included).
            // In adaptive mode the SDK cannot tell throttles from other errors in this setting, so it gets the throttle budget.
            MaxErrorRetry = Math.Max(0, (retry.Mode == AwsRetryMode.Adaptive ? retry.MaxThrottleAttempts : retry.MaxAttempts) - 1),
        };
        if (endpointOverride is null)
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }
        else
        {
            config.ServiceURL = endpointOverride.ToString();
            config.AuthenticationRegion = region;
        }

        return new Ec2Client(new AmazonEC2Client(new SdkCredentials(credentials), config));
    }
}
