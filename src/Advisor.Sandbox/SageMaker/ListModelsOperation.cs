using System.Text.Json;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.SageMaker;

/// <summary>ListModels with name and time filters, sort (Name or CreationTime) and paging, newest first by default.</summary>
internal sealed class ListModelsOperation(SandboxEstate estate)
{
    private static readonly string[] SortKeys = ["Name", "CreationTime"];

    public byte[] Handle(JsonElement input)
    {
        var maxResults = SageMakerListing.MaxResults(input);
        var nameContains = JsonInput.String(input, "NameContains");
        var createdAfter = JsonInput.Timestamp(input, "CreationTimeAfter");
        var createdBefore = JsonInput.Timestamp(input, "CreationTimeBefore");
        var matching = estate.Models
            .Where(m => nameContains is null || m.Name.Contains(nameContains, StringComparison.OrdinalIgnoreCase))
            .Where(m => createdAfter is null || m.CreationTime > createdAfter)
            .Where(m => createdBefore is null || m.CreationTime < createdBefore);
        var sorted = SageMakerListing.Sort(matching, input, SortKeys, "Descending", m => m.Name, m => m.CreationTime);
        var (page, next) = SageMakerListing.Page(sorted, input, "ListModels", maxResults);

        return SageMakerListing.Write("Models", page, next, (w, m) =>
        {
            w.WriteString("ModelName", m.Name);
            w.WriteString("ModelArn", estate.Arn("model", m.Name));
            w.WriteTimestamp("CreationTime", m.CreationTime);
        });
    }
}
