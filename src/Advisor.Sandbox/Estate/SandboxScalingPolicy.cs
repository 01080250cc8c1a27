namespace Advisor.Sandbox.Estate;

/// <summary>
/// A target-tracking scaling policy (with its scalable target) on one endpoint variant, as Application Auto Scaling holds it.
/// </summary>
public sealed record SandboxScalingPolicy
{
    public required string EndpointName { get; init; }
    public required string VariantName { get; init; }
    public required string PolicyName { get; init; }
    public required int MinCapacity { get; init; }
    public required int MaxCapacity { get; init; }

    /// <summary>Target invocations per instance per minute.</summary>
    public double TargetValue { get; init; } = 70;

    /// <summary>The Application Auto Scaling resource id, <c>endpoint/&lt;name&gt;/variant/&lt;variant&gt;</c>.</summary>
    public string ResourceId => $"endpoint/{EndpointName}/variant/{VariantName}";
}
