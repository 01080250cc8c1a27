using System.Text.Json;
using Advisor.Core.Domain;
using Advisor.Remediation.Policy;

namespace Advisor.Remediation.Kinds;

/// <summary>Stops an idle EC2 GPU instance (EBS-backed: its disks stay; rollback starts it). Precondition: still running.</summary>
public sealed class StopEc2InstanceKind : IActionKind
{
    public string Id => ActionKindIds.StopEc2Instance;

    public IReadOnlyList<string> FindingActions { get; } = ["stop-instance"];

    public string ResourceType => ResourceTypes.Ec2Instance;

    public IReadOnlyList<string> IamActions { get; } = ["ec2:DescribeInstances", "ec2:StopInstances", "ec2:StartInstances", "ec2:CreateTags"];

    public string Verb => "stop instance";

    public async Task<ResourceState> InspectAsync(ResourceRef resource, RegionClients clients, CancellationToken cancellationToken)
    {
        var found = await clients.Ec2.DescribeInstanceStateAsync(resource.Id, cancellationToken);
        return found is { } s ? new ResourceState(true, s.State, s.Tags, s.State) : ResourceState.Missing;
    }

    public Task<string?> CheckAsync(
        ResourceRef resource, ResourceState state, ActionPolicy policy, RegionClients clients, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(!state.Exists ? "the instance no longer exists"
            : state.Status != "running" ? "the instance is " + state.Status + ", not running"
            : null);

    public string RollbackJson(ResourceRef resource, ResourceState state) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["InstanceId"] = resource.Id, ["PreviousState"] = state.Status });

    public Task ExecuteAsync(ResourceRef resource, string? rollbackJson, RegionClients clients, CancellationToken cancellationToken) =>
        clients.Ec2.StopInstanceAsync(resource.Id, cancellationToken);

    public async Task<bool> VerifyAsync(ResourceRef resource, string? rollbackJson, RegionClients clients, CancellationToken cancellationToken)
    {
        var state = await InspectAsync(resource, clients, cancellationToken);
        return state.Status is "stopping" or "stopped";
    }

    public Task RollbackAsync(ResourceRef resource, string rollbackJson, RegionClients clients, CancellationToken cancellationToken) =>
        clients.Ec2.StartInstanceAsync(resource.Id, cancellationToken);

    public Task TagAsync(ResourceRef resource, IReadOnlyDictionary<string, string> tags, RegionClients clients, CancellationToken cancellationToken) =>
        clients.Ec2.CreateTagsAsync(resource.Id, tags, cancellationToken);
}
