using Advisor.Aws.Credentials;
using Amazon;
using Amazon.Runtime;
using Amazon.SecurityToken;

namespace Advisor.Aws.Accounts;

/// <summary>Where STS is called: the regional endpoint of <see cref="Region"/>, or <see cref="EndpointOverride"/> (the sandbox).</summary>
public sealed record StsEndpoint(string Region, Uri? EndpointOverride = null)
{
    /// <summary>An STS client signing with <paramref name="credentials"/>; standard retries.</summary>
    public AmazonSecurityTokenServiceClient CreateClient(ICredentialSource credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentException.ThrowIfNullOrWhiteSpace(Region);
        var config = new AmazonSecurityTokenServiceConfig { RetryMode = RequestRetryMode.Standard };
        if (EndpointOverride is null)
        {
            // Why: regional STS endpoints avoid the global endpoint's single-region dependency (and are the SDK v4 default).
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(Region);
        }
        else
        {
            config.ServiceURL = EndpointOverride.ToString();
            config.AuthenticationRegion = Region;
        }

        return new AmazonSecurityTokenServiceClient(new SdkCredentials(credentials), config);
    }
}
