using System.Text.Json;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.SageMaker;

/// <summary>AddTags and DeleteTags on endpoints and notebook instances (the taggable resources the estate keeps tags for).</summary>
internal sealed class TagOperations(SandboxEstate estate)
{
    public byte[] Add(JsonElement input)
    {
        var arn = SageMakerService.RequiredString(input, "ResourceArn");
        var tags = ReadTags(input);
        Change(arn, current =>
        {
            var next = new Dictionary<string, string>(current, StringComparer.Ordinal);
            foreach (var (key, value) in tags)
            {
                next[key] = value;
            }

            return next;
        });
        return SageMakerListing.Write("Tags", tags.OrderBy(t => t.Key, StringComparer.Ordinal), null, (w, t) =>
        {
            w.WriteString("Key", t.Key);
            w.WriteString("Value", t.Value);
        });
    }

    public byte[] Delete(JsonElement input)
    {
        var arn = SageMakerService.RequiredString(input, "ResourceArn");
        var keys = (JsonInput.Array(input, "TagKeys") ?? []).Select(k => k.GetString() ?? "").ToHashSet(StringComparer.Ordinal);
        Change(arn, current => current.Where(t => !keys.Contains(t.Key)).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal));
        return EndpointLifecycleOperations.Empty();
    }

    /// <summary>The <c>Tags</c> member of an input (<c>[{Key, Value}]</c>); empty when absent.</summary>
    internal static IReadOnlyDictionary<string, string> ReadTags(JsonElement input) =>
        (JsonInput.Array(input, "Tags") ?? [])
            .Select(t => (Key: JsonInput.String(t, "Key") ?? throw ApiErrors.Validation("Tags[].Key must not be null"), Value: JsonInput.String(t, "Value") ?? ""))
            .GroupBy(t => t.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);

    private void Change(string arn, Func<IReadOnlyDictionary<string, string>, IReadOnlyDictionary<string, string>> change)
    {
        var prefix = $"arn:aws:sagemaker:{estate.Region}:{estate.AccountId}:";
        var parts = arn.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? arn[prefix.Length..].Split('/', 2) : [];
        var found = parts switch
        {
            ["endpoint", var name] => SandboxEstate.Mutable(estate.Endpoints).Update(list =>
                SageMakerListing.Find(list, e => e.Name, name) is { } e ? (list.Replace(e, e with { Tags = change(e.Tags) }), true) : (list, false)),
            ["notebook-instance", var name] => SandboxEstate.Mutable(estate.NotebookInstances).Update(list =>
                SageMakerListing.Find(list, n => n.Name, name) is { } n ? (list.Replace(n, n with { Tags = change(n.Tags) }), true) : (list, false)),
            _ => false,
        };
        if (!found)
        {
            throw ApiErrors.Validation($"Could not find resource \"{arn}\".");
        }
    }
}
