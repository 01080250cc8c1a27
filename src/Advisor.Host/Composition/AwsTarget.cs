using Advisor.Aws.Credentials;

namespace Advisor.Host.Composition;

/// <summary>Where the clients point: a region, an optional endpoint URL (a sandbox) and where credentials come from.</summary>
public sealed record AwsTarget(string Region, Uri? EndpointUrl, ICredentialSource Credentials)
{
    /// <summary>Keep Cost Explorer and price caches in memory only (a sandbox or any endpoint override: its data is not AWS's).</summary>
    public bool EphemeralCaches => EndpointUrl is not null;
}
