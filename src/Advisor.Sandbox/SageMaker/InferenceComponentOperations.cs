using System.Globalization;
using System.Text.Json;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.SageMaker;

/// <summary>
/// UpdateInferenceComponentRuntimeConfig (<c>DesiredRuntimeConfig.CopyCount</c>, 0 = scale to zero): the component answers
/// Updating (desired = new, current = old) to the next DescribeInferenceComponent, then is InService at the new count. Errors
/// are SageMaker's ValidationException shapes (unknown component, not InService, bad count).
/// </summary>
internal sealed class InferenceComponentOperations(SandboxEstate estate, TimeProvider clock)
{
    public byte[] UpdateRuntimeConfig(JsonElement input)
    {
        var name = SageMakerService.RequiredString(input, "InferenceComponentName");
        var desired = JsonInput.Member(input, "DesiredRuntimeConfig")
            ?? throw ApiErrors.Validation("1 validation error detected: Value null at 'desiredRuntimeConfig' failed to satisfy constraint: Member must not be null");
        var copies = JsonInput.Int(desired, "CopyCount")
            ?? throw ApiErrors.Validation("1 validation error detected: Value null at 'desiredRuntimeConfig.copyCount' failed to satisfy constraint: Member must not be null");
        if (copies < 0)
        {
            throw ApiErrors.Validation(
                $"1 validation error detected: Value '{copies.ToString(CultureInfo.InvariantCulture)}' at 'desiredRuntimeConfig.copyCount' failed to satisfy constraint: Member must have value greater than or equal to 0");
        }

        var now = clock.GetUtcNow();
        SandboxEstate.Mutable(estate.InferenceComponents).Update(list =>
        {
            var found = SageMakerListing.Find(list, c => c.Name, name) ?? throw NotFound(name);
            if (found.Status != "InService")
            {
                throw ApiErrors.Validation(
                    $"Cannot update inference component \"{estate.Arn("inference-component", found.Name)}\" in status {found.Status}: it must be InService.");
            }

            return (list.Replace(found, found with { Status = "Updating", DesiredCopyCount = copies, LastModifiedTime = now }), true);
        });
        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("InferenceComponentArn", estate.Arn("inference-component", name));
            w.WriteEndObject();
        });
    }

    /// <summary>Moves an Updating component to its desired copy count (called after a Describe answered).</summary>
    public void Settle(string name) => SandboxEstate.Mutable(estate.InferenceComponents).Update(list =>
    {
        var found = SageMakerListing.Find(list, c => c.Name, name);
        return found?.DesiredCopyCount is { } copies
            ? (list.Replace(found, found with { Status = "InService", CopyCount = copies, DesiredCopyCount = null }), true)
            : (list, false);
    });

    private SandboxApiException NotFound(string name) =>
        ApiErrors.Validation($"Could not find inference component \"{estate.Arn("inference-component", name)}\".");
}
