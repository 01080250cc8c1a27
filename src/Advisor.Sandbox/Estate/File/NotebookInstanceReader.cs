namespace Advisor.Sandbox.Estate.File;

/// <summary>Reads the <c>notebookInstances</c> section: type, status, lifecycle config, accelerators, volume and times.</summary>
internal static class NotebookInstanceReader
{
    // Why: every NotebookInstanceStatus value the SageMaker API defines.
    private static readonly string[] Statuses = ["Pending", "InService", "Stopping", "Stopped", "Failed", "Deleting", "Updating"];

    private static readonly string[] Fields =
    [
        "name", "status", "instanceType", "createdDaysAgo", "creationTime", "lastModifiedDaysAgo", "lastModifiedTime",
        "lifecycleConfig", "acceleratorTypes", "volumeSizeGb", "tags",
    ];

    /// <summary>Why: a notebook left without a time is a month old (long enough to matter for an always-on check).</summary>
    private const double DefaultDaysAgo = 30;

    public static List<SandboxNotebookInstance> Read(MapReader top, DateTimeOffset now, ProblemList problems)
    {
        var notebooks = new List<SandboxNotebookInstance>();
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (node, path) in top.List("notebookInstances"))
        {
            var map = MapReader.Of(node, path, problems, Fields);
            if (map is null)
            {
                continue;
            }

            var before = problems.Items.Count;
            var name = FieldRules.Name(map, "name", required: true);
            ResourceFields.Unique(map, "name", name, "notebook instance name", seen);
            var status = ResourceFields.Choice(map, "status", "InService", "a notebook instance status", Statuses);
            var type = ResourceFields.SageMakerType(map, "instanceType", required: true);
            var created = ResourceFields.When(map, "createdDaysAgo", "creationTime", now, ResourceFields.DaysAgo(now, DefaultDaysAgo));
            var modified = ResourceFields.When(map, "lastModifiedDaysAgo", "lastModifiedTime", now, created ?? now);
            if (modified < created)
            {
                map.Problem(map.Has("lastModifiedTime") ? "lastModifiedTime" : "lastModifiedDaysAgo",
                    "is before the notebook was created (" + ResourceFields.Iso(created.Value) + ")");
            }

            var lifecycle = FieldRules.Name(map, "lifecycleConfig", required: false);
            var accelerators = Accelerators(map);
            // Why: SageMaker notebook volumes are 5 GB to 16 TB.
            var volume = map.Int("volumeSizeGb", 5, 16_384) ?? 5;
            var tags = ResourceFields.Tags(map);
            if (problems.Items.Count > before || name is null || status is null || type is null || created is null || modified is null)
            {
                continue;
            }

            notebooks.Add(new SandboxNotebookInstance
            {
                Name = name,
                Status = status,
                InstanceType = type,
                CreationTime = created.Value,
                LastModifiedTime = modified.Value,
                LifecycleConfigName = lifecycle,
                AcceleratorTypes = accelerators,
                VolumeSizeGb = volume,
                Tags = tags,
            });
        }

        return notebooks;
    }

    /// <summary>Legacy Elastic Inference accelerators (<c>ml.eia1.*</c>, <c>ml.eia2.*</c>).</summary>
    private static List<string> Accelerators(MapReader map)
    {
        var accelerators = new List<string>();
        foreach (var (node, path) in map.List("acceleratorTypes"))
        {
            if (node is not ScalarNode { Value: { } text })
            {
                map.Problems.Add(path, "expected a text value, got " + node.Kind);
            }
            else if (!text.StartsWith("ml.eia", StringComparison.Ordinal))
            {
                map.Problems.Add(path, "'" + text + "' is not an Elastic Inference type (ml.eia1.* or ml.eia2.*)");
            }
            else
            {
                accelerators.Add(text);
            }
        }

        return accelerators;
    }
}
