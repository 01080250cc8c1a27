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
            RetryMode = RequestRetryMode.Standard,

            // Why: MaxErrorRetry counts retries, our options count attempts (first try included).
            MaxErrorRetry = Math.Max(0, retry.MaxAttempts - 1),
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
