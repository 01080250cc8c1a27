using System.Text.Json;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.SageMaker;

/// <summary>ListTags for a SageMaker ARN (MaxResults 50–100, as the model requires). Kinds without tags in the estate answer an empty list.</summary>
internal sealed class ListTagsOperation(SandboxEstate estate)
{
    public byte[] Handle(JsonElement input)
    {
        var arn = SageMakerService.RequiredString(input, "ResourceArn");

        // Why: ListTags' MaxResults range is 50–100 in the model (unlike every other SageMaker list).
        var maxResults = SageMakerListing.MaxResults(input, min: 50, max: 100, fallback: 50);
        var tags = TagsOf(arn) ?? throw ApiErrors.Validation($"Could not find resource \"{arn}\".");
        var (page, next) = SageMakerListing.Page(tags.OrderBy(t => t.Key, StringComparer.Ordinal).ToList(), input, "ListTags", maxResults);
        return SageMakerListing.Write("Tags", page, next, (w, t) =>
        {
            w.WriteString("Key", t.Key);
            w.WriteString("Value", t.Value);
        });
    }

    private IReadOnlyDictionary<string, string>? TagsOf(string arn)
    {
        var prefix = $"arn:aws:sagemaker:{estate.Region}:{estate.AccountId}:";
        if (!arn.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) || arn[prefix.Length..].Split('/', 2) is not [var kind, var name])
        {
            return null;
        }

        IReadOnlyDictionary<string, string> none = new Dictionary<string, string>();
        return kind switch
        {
            "endpoint" => SageMakerListing.Find(estate.Endpoints, e => e.Name, name)?.Tags,
            "training-job" => SageMakerListing.Find(estate.TrainingJobs, j => j.Name, name)?.Tags,
            "notebook-instance" => SageMakerListing.Find(estate.NotebookInstances, n => n.Name, name)?.Tags,
            "endpoint-config" => SageMakerListing.Find(estate.EndpointConfigs, c => c.Name, name) is null ? null : none,
            "model" => SageMakerListing.Find(estate.Models, m => m.Name, name) is null ? null : none,
            "inference-component" => SageMakerListing.Find(estate.InferenceComponents, c => c.Name, name) is null ? null : none,
            _ => null,
        };
    }
}
