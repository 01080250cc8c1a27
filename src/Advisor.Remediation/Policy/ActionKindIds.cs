namespace Advisor.Remediation.Policy;

/// <summary>The ids of the action kinds remediation knows (policy keys, journal <c>ActionKind</c>).</summary>
public static class ActionKindIds
{
    public const string DeleteEndpoint = "delete-endpoint";
    public const string StopNotebook = "stop-notebook";
    public const string StopEc2Instance = "stop-ec2-instance";
    public const string RightSizeVariant = "right-size-variant";
    public const string ScaleInferenceComponentsToZero = "scale-inference-components-to-zero";

    public static IReadOnlyList<string> All { get; } = [DeleteEndpoint, StopNotebook, StopEc2Instance, RightSizeVariant, ScaleInferenceComponentsToZero];
}
