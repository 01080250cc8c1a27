using Advisor.Core.Domain;
using Advisor.Remediation.Policy;

namespace Advisor.Remediation.Kinds;

/// <summary>The registered action kinds, looked up by id or by the finding they carry out.</summary>
public sealed class ActionKinds(IEnumerable<IActionKind> kinds)
{
    private readonly IReadOnlyList<IActionKind> _kinds = kinds.ToList();

    /// <summary>
    /// Every kind remediation ships: delete-endpoint, stop-notebook, stop-ec2-instance, right-size-variant (waiting for an update
    /// with the defaults of <see cref="RemediationOptions"/>) and scale-inference-components-to-zero.
    /// </summary>
    public static ActionKinds Default { get; } = Create(new RemediationOptions(), TimeProvider.System);

    /// <summary>Every kind, right-size-variant waiting for its endpoint update <paramref name="options"/>' PollInterval × MaxPolls on <paramref name="time"/>.</summary>
    public static ActionKinds Create(RemediationOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new([
            new DeleteEndpointKind(), new StopNotebookKind(), new StopEc2InstanceKind(),
            new RightSizeVariantKind(new EndpointWait(options.PollInterval, options.MaxPolls, time)), new ScaleInferenceComponentsToZeroKind(),
        ]);
    }

    public IReadOnlyList<IActionKind> All => _kinds;

    public IActionKind? ById(string id) => _kinds.FirstOrDefault(k => k.Id == id);

    /// <summary>Every kind that carries out <paramref name="finding"/>'s action on its resource type, in registration order.</summary>
    public IReadOnlyList<IActionKind> CandidatesFor(Finding finding) =>
        [.. _kinds.Where(k => k.ResourceType == finding.Resource.Type && k.FindingActions.Contains(finding.Action, StringComparer.Ordinal))];

    /// <summary>The (first) kind that carries out <paramref name="finding"/>'s action on its resource type, or null.</summary>
    public IActionKind? ForFinding(Finding finding) =>
        _kinds.FirstOrDefault(k => k.ResourceType == finding.Resource.Type && k.FindingActions.Contains(finding.Action, StringComparer.Ordinal));
}
