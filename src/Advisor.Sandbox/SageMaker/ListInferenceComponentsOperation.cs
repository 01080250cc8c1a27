using System.Text.Json;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.SageMaker;

/// <summary>ListInferenceComponents with endpoint, variant, name, time and status filters, sort and paging (newest first by default).</summary>
internal sealed class ListInferenceComponentsOperation(SandboxEstate estate)
{
    private static readonly string[] Statuses = ["InService", "Creating", "Updating", "Failed", "Deleting"];
    private static readonly string[] SortKeys = ["Name", "CreationTime", "Status"];

    public byte[] Handle(JsonElement input)
    {
        var maxResults = SageMakerListing.MaxResults(input);
        var status = SageMakerListing.Enum(input, "StatusEquals", Statuses);
        var endpoint = JsonInput.String(input, "EndpointNameEquals");
        var variant = JsonInput.String(input, "VariantNameEquals");
        var nameContains = JsonInput.String(input, "NameContains");
        var createdAfter = JsonInput.Timestamp(input, "CreationTimeAfter");
        var createdBefore = JsonInput.Timestamp(input, "CreationTimeBefore");
        var matching = estate.InferenceComponents
            .Where(c => status is null || c.Status == status)
            .Where(c => endpoint is null || string.Equals(c.EndpointName, endpoint, StringComparison.OrdinalIgnoreCase))
            .Where(c => variant is null || c.VariantName == variant)
            .Where(c => nameContains is null || c.Name.Contains(nameContains, StringComparison.OrdinalIgnoreCase))
            .Where(c => createdAfter is null || c.CreationTime > createdAfter)
            .Where(c => createdBefore is null || c.CreationTime < createdBefore);
        var sorted = SageMakerListing.Sort(matching, input, SortKeys, "Descending", c => c.Name, c => c.CreationTime, c => c.Status);
        var (page, next) = SageMakerListing.Page(sorted, input, "ListInferenceComponents", maxResults);

        return SageMakerListing.Write("InferenceComponents", page, next, (w, c) =>
        {
            w.WriteTimestamp("CreationTime", c.CreationTime);
            w.WriteString("InferenceComponentArn", estate.Arn("inference-component", c.Name));
            w.WriteString("InferenceComponentName", c.Name);
            w.WriteString("EndpointArn", estate.EndpointArn(c.EndpointName));
            w.WriteString("EndpointName", c.EndpointName);
            w.WriteString("VariantName", c.VariantName);
            w.WriteString("InferenceComponentStatus", c.Status);
            w.WriteTimestamp("LastModifiedTime", c.CreationTime);
        });
    }
}
