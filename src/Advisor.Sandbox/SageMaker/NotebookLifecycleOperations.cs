using System.Text.Json;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.SageMaker;

/// <summary>
/// StopNotebookInstance (InService → Stopping, Stopped after the next Describe) and StartNotebookInstance (Stopped → Pending,
/// then InService), with SageMaker's ValidationException when the instance is missing or in the wrong status.
/// </summary>
internal sealed class NotebookLifecycleOperations(SandboxEstate estate, TimeProvider clock)
{
    public byte[] Stop(JsonElement input) => Transition(input, from: "InService", via: "Stopping", to: "Stopped");

    public byte[] Start(JsonElement input) => Transition(input, from: "Stopped", via: "Pending", to: "InService");

    /// <summary>Moves a notebook from its transitional status to the pending one (called after a Describe answered).</summary>
    public void Settle(string name) => SandboxEstate.Mutable(estate.NotebookInstances).Update(list =>
    {
        var found = SageMakerListing.Find(list, n => n.Name, name);
        return found?.PendingStatus is { } next
            ? (list.Replace(found, found with { Status = next, PendingStatus = null }), true)
            : (list, false);
    });

    private byte[] Transition(JsonElement input, string from, string via, string to)
    {
        var name = SageMakerService.RequiredString(input, "NotebookInstanceName");
        var now = clock.GetUtcNow();
        SandboxEstate.Mutable(estate.NotebookInstances).Update(list =>
        {
            var found = SageMakerListing.Find(list, n => n.Name, name)
                ?? throw ApiErrors.Validation($"RecordNotFound");
            if (found.Status != from)
            {
                // Why: the message SageMaker gives for Stop on a stopped instance (and Start on a running one).
                throw ApiErrors.Validation($"Status ({found.Status}) not in ([{from}]). Unable to transition to ({via}) for Notebook Instance ({estate.Arn("notebook-instance", found.Name)}).");
            }

            return (list.Replace(found, found with { Status = via, PendingStatus = to, LastModifiedTime = now }), true);
        });
        return EndpointLifecycleOperations.Empty();
    }
}
