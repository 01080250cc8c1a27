namespace Advisor.Aws.Ec2;

/// <summary>The EC2 calls that change state, used only by remediation (kept apart from the read-only <see cref="IEc2Api"/>).</summary>
public interface IEc2ActionsApi
{
    /// <summary>StopInstances for one instance; returns the state EC2 reports (stopping, or stopped when already stopped).</summary>
    Task<string> StopInstanceAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>StartInstances for one instance; returns the state EC2 reports (pending, or running when already running).</summary>
    Task<string> StartInstanceAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>CreateTags on one instance (adds or overwrites).</summary>
    Task CreateTagsAsync(string instanceId, IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken);

    /// <summary>The instance's current state name and tags, or null when it does not exist.</summary>
    Task<(string State, IReadOnlyDictionary<string, string> Tags)?> DescribeInstanceStateAsync(string instanceId, CancellationToken cancellationToken);
}
