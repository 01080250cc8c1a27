using Advisor.Core.Domain;
using Advisor.Remediation.Policy;

namespace Advisor.Remediation.Kinds;

/// <summary>
/// One kind of safe change remediation can make (delete an idle endpoint, stop a notebook, ...). The executor calls, in order:
/// <see cref="InspectAsync"/> + <see cref="CheckAsync"/> right before acting, writes <see cref="RollbackJson"/> to the journal,
/// then <see cref="ExecuteAsync"/> and <see cref="VerifyAsync"/>. <see cref="VerifyAsync"/> is also how a crash is reconciled.
/// </summary>
public interface IActionKind
{
    /// <summary>Kind id (policy key, journal ActionKind), e.g. <c>delete-endpoint</c>.</summary>
    string Id { get; }

    /// <summary>The finding actions it carries out (e.g. <c>delete-endpoint</c> from the idle-endpoint analyzer).</summary>
    IReadOnlyList<string> FindingActions { get; }

    /// <summary>The resource type it applies to (<see cref="ResourceTypes"/>).</summary>
    string ResourceType { get; }

    /// <summary>IAM actions the apply role needs for this kind (act, verify, undo, tag).</summary>
    IReadOnlyList<string> IamActions { get; }

    /// <summary>What the action does, for the plan table ("delete endpoint", "stop notebook").</summary>
    string Verb { get; }

    Task<ResourceState> InspectAsync(ResourceRef resource, RegionClients clients, CancellationToken cancellationToken);

    /// <summary>
    /// Kind-specific preconditions on a fresh state (still InService, still idle over the policy's look-back, ...): null when the
    /// action may go ahead, else the reason it must not.
    /// </summary>
    Task<string?> CheckAsync(ResourceRef resource, ResourceState state, ActionPolicy policy, RegionClients clients, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Why this kind does not handle this resource although it handles its finding (e.g. delete-endpoint declines an endpoint that
    /// hosts inference components, which scale-inference-components-to-zero takes); null when it does. The planner asks the
    /// candidate kinds of a finding in registration order and plans the first that does not decline.
    /// </summary>
    string? Declines(ResourceState state) => null;

    /// <summary>
    /// What the action needs from the finding (e.g. the right-size target), as JSON, stored in the journal's RollbackJson when the
    /// action is planned (and kept, instead of <see cref="RollbackJson"/>, when it is armed); null when the kind needs nothing.
    /// Throws <see cref="FormatException"/> naming why finding and resource give no usable plan (no target in the evidence, already
    /// at the target); the planner then skips it with that reason.
    /// </summary>
    string? PlanJson(Finding finding, ResourceState state) => null;

    /// <summary>JSON with what undoing needs (written to the journal before the AWS call, unless <see cref="PlanJson"/> wrote it).</summary>
    string RollbackJson(ResourceRef resource, ResourceState state);

    /// <summary>The AWS change; <paramref name="rollbackJson"/> is the entry's RollbackJson (plan data for kinds that have it).</summary>
    Task ExecuteAsync(ResourceRef resource, string? rollbackJson, RegionClients clients, CancellationToken cancellationToken);

    /// <summary>True when AWS shows the action took effect (endpoint gone, notebook Stopped/Stopping, instance stopped).</summary>
    Task<bool> VerifyAsync(ResourceRef resource, string? rollbackJson, RegionClients clients, CancellationToken cancellationToken);

    /// <summary>Undoes a completed action from its RollbackJson (re-create the endpoint, start the notebook, ...).</summary>
    Task RollbackAsync(ResourceRef resource, string rollbackJson, RegionClients clients, CancellationToken cancellationToken);

    /// <summary>Tags the resource during a grace period (<c>advisor:planned-action=&lt;kind&gt;@&lt;date&gt;</c>).</summary>
    Task TagAsync(ResourceRef resource, IReadOnlyDictionary<string, string> tags, RegionClients clients, CancellationToken cancellationToken);
}
