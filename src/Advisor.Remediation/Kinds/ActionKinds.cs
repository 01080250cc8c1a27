using Advisor.Core.Domain;

namespace Advisor.Remediation.Kinds;

/// <summary>The registered action kinds, looked up by id or by the finding they carry out.</summary>
public sealed class ActionKinds(IEnumerable<IActionKind> kinds)
{
    private readonly IReadOnlyList<IActionKind> _kinds = kinds.ToList();

    /// <summary>Every kind remediation ships: delete-endpoint, stop-notebook, stop-ec2-instance.</summary>
    public static ActionKinds Default { get; } = new([new DeleteEndpointKind(), new StopNotebookKind(), new StopEc2InstanceKind()]);

    public IReadOnlyList<IActionKind> All => _kinds;

    public IActionKind? ById(string id) => _kinds.FirstOrDefault(k => k.Id == id);

    /// <summary>The kind that carries out <paramref name="finding"/>'s action on its resource type, or null.</summary>
    public IActionKind? ForFinding(Finding finding) =>
        _kinds.FirstOrDefault(k => k.ResourceType == finding.Resource.Type && k.FindingActions.Contains(finding.Action, StringComparer.Ordinal));
}
