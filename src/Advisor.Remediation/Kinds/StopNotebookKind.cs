using System.Text.Json;
using Advisor.Aws.Errors;
using Advisor.Core.Domain;
using Advisor.Remediation.Policy;

namespace Advisor.Remediation.Kinds;

/// <summary>Stops an idle notebook instance (its volume is kept; rollback starts it again). Precondition: still InService.</summary>
public sealed class StopNotebookKind : IActionKind
{
    public string Id => ActionKindIds.StopNotebook;

    public IReadOnlyList<string> FindingActions { get; } = ["stop-notebook-and-add-auto-stop"];

    public string ResourceType => ResourceTypes.SageMakerNotebookInstance;

    public IReadOnlyList<string> IamActions { get; } =
    [
        "sagemaker:DescribeNotebookInstance", "sagemaker:ListTags", "sagemaker:StopNotebookInstance",
        "sagemaker:StartNotebookInstance", "sagemaker:AddTags",
    ];

    public string Verb => "stop notebook";

    public async Task<ResourceState> InspectAsync(ResourceRef resource, RegionClients clients, CancellationToken cancellationToken)
    {
        try
        {
            var notebook = await clients.SageMaker.DescribeNotebookInstanceAsync(resource.Id, cancellationToken);
            var tags = await SageMakerReads.TagsAsync(clients.SageMaker, notebook.NotebookInstanceArn, cancellationToken);
            var status = notebook.NotebookInstanceStatus ?? "unknown";
            return new ResourceState(true, status, tags, status + "|" + notebook.InstanceType);
        }
        catch (AwsNotFoundException)
        {
            return ResourceState.Missing;
        }
    }

    public Task<string?> CheckAsync(
        ResourceRef resource, ResourceState state, ActionPolicy policy, RegionClients clients, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(!state.Exists ? "the notebook instance no longer exists"
            : state.Status != "InService" ? "the notebook instance is " + state.Status + ", not InService"
            : null);

    public string RollbackJson(ResourceRef resource, ResourceState state) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["NotebookInstanceName"] = resource.Id, ["PreviousStatus"] = state.Status });

    public Task ExecuteAsync(ResourceRef resource, string? rollbackJson, RegionClients clients, CancellationToken cancellationToken) =>
        clients.SageMakerActions.StopNotebookInstanceAsync(resource.Id, cancellationToken);

    public async Task<bool> VerifyAsync(ResourceRef resource, string? rollbackJson, RegionClients clients, CancellationToken cancellationToken)
    {
        var state = await InspectAsync(resource, clients, cancellationToken);
        return state.Status is "Stopping" or "Stopped";
    }

    public Task RollbackAsync(ResourceRef resource, string rollbackJson, RegionClients clients, CancellationToken cancellationToken) =>
        clients.SageMakerActions.StartNotebookInstanceAsync(resource.Id, cancellationToken);

    public Task TagAsync(ResourceRef resource, IReadOnlyDictionary<string, string> tags, RegionClients clients, CancellationToken cancellationToken) =>
        clients.SageMakerActions.AddTagsAsync(resource.Arn, tags, cancellationToken);
}
