namespace Advisor.Sandbox.Estate.File;

/// <summary>Reads the <c>models</c> section: SageMaker models (name, container image, mode, creation time).</summary>
internal static class ModelReader
{
    /// <summary>Why: a model left without a time is a month old, older than anything a demo estate usually creates from it.</summary>
    private const double DefaultDaysAgo = 30;

    /// <summary>Why: ECR image URIs are at most 255 characters (the ContainerDefinition.Image limit).</summary>
    private const int MaxImageLength = 255;

    public static List<SandboxModel> Read(MapReader top, DateTimeOffset now, ProblemList problems)
    {
        var models = new List<SandboxModel>();
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (node, path) in top.List("models"))
        {
            var map = MapReader.Of(node, path, problems, "name", "image", "mode", "createdDaysAgo", "creationTime");
            if (map is null)
            {
                continue;
            }

            var before = problems.Items.Count;
            var name = FieldRules.Name(map, "name", required: true);
            ResourceFields.Unique(map, "name", name, "model name", seen);
            var image = map.String("image", required: true);
            if (image is not null && (image.Length is 0 or > MaxImageLength || image.Any(char.IsWhiteSpace)))
            {
                map.Problem("image", "'" + image + "' is not a container image URI (1-255 characters, no spaces)");
            }

            var mode = ResourceFields.Choice(map, "mode", "SingleModel", "a model mode", "SingleModel", "MultiModel");
            var created = ResourceFields.When(map, "createdDaysAgo", "creationTime", now, ResourceFields.DaysAgo(now, DefaultDaysAgo));
            if (problems.Items.Count == before && name is not null && image is not null && mode is not null && created is not null)
            {
                models.Add(new SandboxModel { Name = name, Image = image, Mode = mode, CreationTime = created.Value });
            }
        }

        return models;
    }
}
