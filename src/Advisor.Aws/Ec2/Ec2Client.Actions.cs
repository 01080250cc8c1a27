using Advisor.Aws.Errors;
using Amazon.EC2.Model;

namespace Advisor.Aws.Ec2;

/// <summary>The mutating EC2 calls (<see cref="IEc2ActionsApi"/>) over AWSSDK.EC2.</summary>
public sealed partial class Ec2Client : IEc2ActionsApi
{
    public async Task<string> StopInstanceAsync(string instanceId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        var response = await Call("StopInstances", () => _ec2.StopInstancesAsync(new StopInstancesRequest { InstanceIds = [instanceId] }, cancellationToken));
        return response.StoppingInstances?.FirstOrDefault()?.CurrentState?.Name?.Value ?? "stopping";
    }

    public async Task<string> StartInstanceAsync(string instanceId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        var response = await Call("StartInstances", () => _ec2.StartInstancesAsync(new StartInstancesRequest { InstanceIds = [instanceId] }, cancellationToken));
        return response.StartingInstances?.FirstOrDefault()?.CurrentState?.Name?.Value ?? "pending";
    }

    public async Task CreateTagsAsync(string instanceId, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        ArgumentNullException.ThrowIfNull(tags);
        var request = new CreateTagsRequest { Resources = [instanceId], Tags = [.. tags.Select(t => new Tag(t.Key, t.Value))] };
        await Call("CreateTags", () => _ec2.CreateTagsAsync(request, cancellationToken));
    }

    public async Task<(string State, IReadOnlyDictionary<string, string> Tags)?> DescribeInstanceStateAsync(string instanceId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        try
        {
            var response = await Call("DescribeInstances", () => _ec2.DescribeInstancesAsync(new DescribeInstancesRequest { InstanceIds = [instanceId] }, cancellationToken));
            var instance = (response.Reservations ?? []).SelectMany(r => r.Instances ?? []).FirstOrDefault();
            if (instance is null)
            {
                return null;
            }

            IReadOnlyDictionary<string, string> tags = (instance.Tags ?? []).ToDictionary(t => t.Key, t => t.Value ?? "", StringComparer.Ordinal);
            return (instance.State?.Name?.Value ?? "unknown", tags);
        }
        catch (AwsNotFoundException)
        {
            return null;
        }
    }
}
