using System.Text.Json;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.SageMaker;

/// <summary>ListNotebookInstances with name, time and status filters, sort and paging (newest first by default).</summary>
internal sealed class ListNotebookInstancesOperation(SandboxEstate estate)
{
    private static readonly string[] Statuses =
        ["Pending", "InService", "Stopping", "Stopped", "Failed", "Deleting", "Updating", "PendingMaintenance", "InMaintenance"];

    private static readonly string[] SortKeys = ["Name", "CreationTime", "Status"];

    public byte[] Handle(JsonElement input)
    {
        var maxResults = SageMakerListing.MaxResults(input);
        var status = SageMakerListing.Enum(input, "StatusEquals", Statuses);
        var nameContains = JsonInput.String(input, "NameContains");
        var lifecycleContains = JsonInput.String(input, "NotebookInstanceLifecycleConfigNameContains");
        var createdAfter = JsonInput.Timestamp(input, "CreationTimeAfter");
        var createdBefore = JsonInput.Timestamp(input, "CreationTimeBefore");
        var matching = estate.NotebookInstances
            .Where(n => status is null || n.Status == status)
            .Where(n => nameContains is null || n.Name.Contains(nameContains, StringComparison.OrdinalIgnoreCase))
            .Where(n => lifecycleContains is null || (n.LifecycleConfigName?.Contains(lifecycleContains, StringComparison.OrdinalIgnoreCase) ?? false))
            .Where(n => createdAfter is null || n.CreationTime > createdAfter)
            .Where(n => createdBefore is null || n.CreationTime < createdBefore);
        var sorted = SageMakerListing.Sort(matching, input, SortKeys, "Descending", n => n.Name, n => n.CreationTime, n => n.Status);
        var (page, next) = SageMakerListing.Page(sorted, input, "ListNotebookInstances", maxResults);

        return SageMakerListing.Write("NotebookInstances", page, next, (w, n) =>
        {
            w.WriteString("NotebookInstanceName", n.Name);
            w.WriteString("NotebookInstanceArn", estate.Arn("notebook-instance", n.Name));
            w.WriteString("NotebookInstanceStatus", n.Status);
            w.WriteString("Url", Url(estate, n));
            w.WriteString("InstanceType", n.InstanceType);
            w.WriteTimestamp("CreationTime", n.CreationTime);
            w.WriteTimestamp("LastModifiedTime", n.LastModifiedTime);
            w.WriteOptional("NotebookInstanceLifecycleConfigName", n.LifecycleConfigName);
        });
    }

    public static string Url(SandboxEstate estate, SandboxNotebookInstance notebook) =>
        $"{notebook.Name.ToLowerInvariant()}.notebook.{estate.Region}.sagemaker.aws";
}
