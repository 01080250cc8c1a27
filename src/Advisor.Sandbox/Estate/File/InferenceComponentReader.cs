using System.Globalization;

namespace Advisor.Sandbox.Estate.File;

/// <summary>
/// Reads the <c>inferenceComponents</c> section: components placed on an instance-backed variant of a file endpoint,
/// each running a model of the <c>models</c> section.
/// </summary>
internal static class InferenceComponentReader
{
    // Why: every InferenceComponentStatus value the SageMaker API defines.
    private static readonly string[] Statuses = ["InService", "Creating", "Updating", "Failed", "Deleting"];

    private static readonly string[] Fields =
    [
        "name", "endpoint", "variant", "model", "status", "createdDaysAgo", "creationTime",
        "copyCount", "cpuCoresRequired", "acceleratorDevicesRequired", "minMemoryRequiredMb",
    ];

    public static List<SandboxInferenceComponent> Read(
        MapReader top, DateTimeOffset now, IReadOnlyList<EndpointDraft> endpoints, IReadOnlyList<SandboxModel> models, ProblemList problems)
    {
        var components = new List<SandboxInferenceComponent>();
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var modelNames = models.Select(m => m.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (node, path) in top.List("inferenceComponents"))
        {
            var map = MapReader.Of(node, path, problems, Fields);
            if (map is null)
            {
                continue;
            }

            var before = problems.Items.Count;
            var name = FieldRules.Name(map, "name", required: true);
            ResourceFields.Unique(map, "name", name, "inference component name", seen);
            var endpoint = Endpoint(top, map, endpoints);
            var variant = Variant(map, endpoint);
            var model = FieldRules.Name(map, "model", required: true);
            if (model is not null && !modelNames.Contains(model) && !Declared(top, "models").Contains(model))
            {
                map.Problem("model", "no model named '" + model + "' in the models section");
            }

            var status = ResourceFields.Choice(map, "status", "InService", "an inference component status", Statuses);

            // Why: a component is created with or after its endpoint, so that is the default and the earliest allowed time.
            var created = ResourceFields.When(map, "createdDaysAgo", "creationTime", now, endpoint?.Endpoint.CreationTime ?? now);
            if (created is not null && endpoint is not null && created < endpoint.Endpoint.CreationTime)
            {
                map.Problem(map.Has("creationTime") ? "creationTime" : "createdDaysAgo",
                    "is before its endpoint was created (" + ResourceFields.Iso(endpoint.Endpoint.CreationTime) + ")");
            }

            // Why: a copy count of 0 is valid (a scaled-to-zero component); 1000 copies, 512 cores or 16 devices is far above any instance.
            var copies = map.Int("copyCount", 0, 1000) ?? 1;
            var cores = map.Number("cpuCoresRequired", 0.25, 512) ?? 1;
            var devices = map.Int("acceleratorDevicesRequired", 1, 16);
            // Why: SageMaker's minimum memory reservation is 128 MB; 2 TB is beyond the largest hosting instance.
            var memory = map.Int("minMemoryRequiredMb", 128, 2_097_152) ?? 1024;
            if (problems.Items.Count > before || name is null || endpoint is null || variant is null || model is null || status is null || created is null)
            {
                continue;
            }

            components.Add(new SandboxInferenceComponent
            {
                Name = name,
                EndpointName = endpoint.Endpoint.Name,
                VariantName = variant,
                ModelName = models.First(m => string.Equals(m.Name, model, StringComparison.OrdinalIgnoreCase)).Name,
                Status = status,
                CreationTime = created.Value,
                CopyCount = copies,
                CpuCoresRequired = cores,
                AcceleratorDevicesRequired = devices,
                MinMemoryRequiredMb = memory,
            });
        }

        return components;
    }

    /// <summary>
    /// The names written in a section, valid or not: a reference to an entry that is itself invalid is not reported again
    /// (that entry's own problems already are), so one mistake gives one problem.
    /// </summary>
    private static HashSet<string> Declared(MapReader top, string section) => top.Node(section) is ListNode list
        ? list.Items.OfType<MapNode>()
            .SelectMany(m => m.Entries.Where(e => e.Key == "name").Select(e => (e.Value as ScalarNode)?.Value))
            .OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase)
        : [];

    private static EndpointDraft? Endpoint(MapReader top, MapReader map, IReadOnlyList<EndpointDraft> endpoints)
    {
        var name = FieldRules.Name(map, "endpoint", required: true);
        if (name is null)
        {
            return null;
        }

        var endpoint = endpoints.FirstOrDefault(e => string.Equals(e.Endpoint.Name, name, StringComparison.OrdinalIgnoreCase));
        if (endpoint is null && !Declared(top, "endpoints").Contains(name))
        {
            map.Problem("endpoint", "no endpoint named '" + name + "' in the endpoints section");
        }

        return endpoint;
    }

    /// <summary>The named variant of the endpoint (default: its first), which must be instance-backed.</summary>
    private static string? Variant(MapReader map, EndpointDraft? endpoint)
    {
        var name = FieldRules.Name(map, "variant", required: false);
        if (endpoint is null)
        {
            return null;
        }

        var variants = endpoint.Config.Variants;
        var variant = name is null && !map.Has("variant")
            ? variants[0]
            : variants.FirstOrDefault(v => string.Equals(v.Name, name, StringComparison.Ordinal));
        if (variant is null)
        {
            if (name is not null)
            {
                map.Problem("variant", "endpoint '" + endpoint.Endpoint.Name + "' has no variant '" + name + "' (it has "
                    + string.Join(", ", variants.Select(v => v.Name)) + ")");
            }

            return null;
        }

        if (variant.InstanceType is null)
        {
            map.Problem(map.Has("variant") ? "variant" : "endpoint", string.Create(CultureInfo.InvariantCulture,
                $"variant '{variant.Name}' of endpoint '{endpoint.Endpoint.Name}' is serverless; inference components need an instance-backed variant"));
            return null;
        }

        return variant.Name;
    }
}
