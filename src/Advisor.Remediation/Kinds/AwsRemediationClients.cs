using System.Collections.Concurrent;
using Advisor.Aws;
using Advisor.Aws.Credentials;
using Advisor.Aws.Ec2;
using Advisor.Aws.Protocol;
using Advisor.Aws.SageMaker;

namespace Advisor.Remediation.Kinds;

/// <summary>
/// <see cref="IRemediationClients"/> over the project's signed clients: one set per region, created on first use, all sent to
/// <paramref name="endpointOverride"/> (a sandbox) when given. Disposes the EC2 SDK clients with itself.
/// </summary>
public sealed class AwsRemediationClients(
    AwsClientFactory factory, ICredentialSource credentials, AwsRetryOptions retry, Uri? endpointOverride = null) : IRemediationClients, IDisposable
{
    private readonly ConcurrentDictionary<string, (RegionClients Clients, Ec2Client Ec2)> _regions = new(StringComparer.Ordinal);

    public RegionClients ForRegion(string region)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(region);
        return _regions.GetOrAdd(region, r =>
        {
            var sageMaker = new SageMakerClient(factory.CreateJsonClient(AwsServiceEndpoint.SageMaker(r, endpointOverride)));
            var ec2 = Ec2ClientBuilder.Create(credentials, r, endpointOverride, retry);
            return (new RegionClients(sageMaker, sageMaker, factory.CreateCloudWatch(r, endpointOverride), ec2), ec2);
        }).Clients;
    }

    public void Dispose()
    {
        foreach (var (_, ec2) in _regions.Values)
        {
            ec2.Dispose();
        }
    }
}
