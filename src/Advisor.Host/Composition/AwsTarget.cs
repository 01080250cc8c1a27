using Advisor.Aws.Credentials;

namespace Advisor.Host.Composition;

/// <summary>Where the clients point: a region, an optional endpoint URL (a sandbox) and where credentials come from.</summary>
public sealed record AwsTarget(string Region, Uri? EndpointUrl, ICredentialSource Credentials);
