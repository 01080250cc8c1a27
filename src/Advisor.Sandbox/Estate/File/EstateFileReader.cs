using System.Globalization;
using Advisor.Sandbox.Generation;

namespace Advisor.Sandbox.Estate.File;

/// <summary>An endpoint read from a file, ready to serve: the endpoint, its config, and each variant's metric plan.</summary>
internal sealed record EndpointDraft(SandboxEndpoint Endpoint, SandboxEndpointConfig Config, IReadOnlyList<GeneratedVariant> Variants);

/// <summary>The whole file, read and validated.</summary>
internal sealed record EstateDraft(string AccountId, string Region, DateTimeOffset Now, IReadOnlyList<EndpointDraft> Endpoints)
{
    public IReadOnlyList<SandboxModel> Models { get; init; } = [];
    public IReadOnlyList<SandboxInferenceComponent> InferenceComponents { get; init; } = [];
    public IReadOnlyList<TrainingJobDraft> TrainingJobs { get; init; } = [];
    public IReadOnlyList<SandboxNotebookInstance> NotebookInstances { get; init; } = [];
    public IReadOnlyList<SandboxStudioApp> StudioApps { get; init; } = [];
    public IReadOnlyList<Ec2Draft> Ec2Instances { get; init; } = [];
    public string? StsExternalId { get; init; }
}

/// <summary>Reads and validates the top level and the endpoints of an estate document (the schema in docs/estate-format.md).</summary>
internal static class EstateFileReader
{
    // Why: every EndpointStatus value the SageMaker API defines.
    private static readonly string[] Statuses =
        ["OutOfService", "Creating", "Updating", "SystemUpdating", "RollingBack", "InService", "Deleting", "Failed", "UpdateRollbackFailed"];

    public static EstateDraft Read(DocumentNode root, EstateFileOptions options, ProblemList problems)
    {
        var top = MapReader.Of(root, "", problems, "account", "region", "now", "stsExternalId", "endpoints",
            "models", "inferenceComponents", "trainingJobs", "notebookInstances", "studioApps", "ec2Instances");
        if (top is null)
        {
            return new EstateDraft(options.AccountId, options.Region, options.Now, []);
        }

        var account = top.String("account") ?? options.AccountId;
        if (account.Length != 12 || !account.All(char.IsAsciiDigit))
        {
            top.Problem("account", "'" + account + "' is not a 12-digit AWS account id");
        }

        var region = top.String("region") ?? options.Region;
        if (!PriceTable.Regions.Contains(region))
        {
            top.Problem("region", "'" + region + "' has no SageMaker prices in the price table");
        }

        var now = GeneratorOptions.FloorToHour(FieldRules.Date(top, "now") ?? options.Now);
        var endpoints = new List<EndpointDraft>();
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (node, path) in top.List("endpoints", required: true))
        {
            if (ReadEndpoint(node, path, now, seen, problems) is { } draft)
            {
                endpoints.Add(draft);
            }
        }

        var models = ModelReader.Read(top, now, problems);
        return new EstateDraft(account, region, now, endpoints)
        {
            Models = models,
            InferenceComponents = InferenceComponentReader.Read(top, now, endpoints, models, problems),
            TrainingJobs = TrainingJobReader.Read(top, now, region, problems),
            NotebookInstances = NotebookInstanceReader.Read(top, now, problems),
            StudioApps = StudioAppReader.Read(top, now, problems),
            Ec2Instances = Ec2InstanceReader.Read(top, now, region, problems),
            StsExternalId = StsExternalId(top),
        };
    }

    private static string? StsExternalId(MapReader top)
    {
        var id = top.String("stsExternalId");
        // Why: AWS's ExternalId rule: 2-1224 characters of letters, digits and +=,.@:/-_ (no spaces).
        if (id is not null && (id.Length is < 2 or > 1224 || !id.All(c => char.IsAsciiLetterOrDigit(c) || "+=,.@:/-_".Contains(c))))
        {
            top.Problem("stsExternalId", "must be 2-1224 letters, digits or +=,.@:/-_ characters");
            return null;
        }

        return id;
    }

    private static EndpointDraft? ReadEndpoint(
        DocumentNode node, string path, DateTimeOffset now, Dictionary<string, string> seenNames, ProblemList problems)
    {
        var map = MapReader.Of(node, path, problems,
            "name", "status", "createdDaysAgo", "creationTime", "configName", "tags", "variants");
        if (map is null)
        {
            return null;
        }

        var name = FieldRules.Name(map, "name", required: true);
        // Why: AWS endpoint names are unique per account and region ignoring case (the ARN is lower-cased).
        if (name is not null && !seenNames.TryAdd(name, path))
        {
            map.Problem("name", "duplicate endpoint name '" + name + "' (also at " + seenNames[name] + ")");
        }

        var status = map.String("status") ?? "InService";
        if (!Statuses.Contains(status, StringComparer.Ordinal))
        {
            map.Problem("status", "'" + status + "' is not an endpoint status (one of " + string.Join(", ", Statuses) + ")");
        }

        var creation = Creation(map, now);
        var tags = Tags(map);
        var variants = new List<GeneratedVariant>();
        var variantNodes = map.List("variants", required: true);
        if (variantNodes.Count == 0 && map.Has("variants"))
        {
            map.Problem("variants", "an endpoint needs at least one variant");
        }

        var variantNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < variantNodes.Count; i++)
        {
            var (variantNode, variantPath) = variantNodes[i];
            var variant = VariantReader.Read(variantNode, variantPath, i, name ?? "endpoint", problems);
            if (variant is not null && !variantNames.TryAdd(variant.Variant.Name, variantPath))
            {
                problems.Add(variantPath + ".name", "duplicate variant name '" + variant.Variant.Name + "' (also at " + variantNames[variant.Variant.Name] + ")");
            }
            else if (variant is not null)
            {
                variants.Add(variant);
            }
        }

        var configName = FieldRules.Name(map, "configName", required: false) ?? DefaultConfigName(name ?? "", creation ?? now);
        if (name is null || creation is null || variants.Count != variantNodes.Count || variants.Count == 0)
        {
            return null;
        }

        var endpoint = new SandboxEndpoint
        {
            Name = name, ConfigName = configName, Status = status, CreationTime = creation.Value, LastModifiedTime = creation.Value, Tags = tags,
        };
        var config = new SandboxEndpointConfig { Name = configName, CreationTime = creation.Value, Variants = variants.Select(v => v.Variant).ToList() };
        return new EndpointDraft(endpoint, config, variants);
    }

    private static DateTimeOffset? Creation(MapReader map, DateTimeOffset now)
    {
        var hasDays = map.Has("createdDaysAgo");
        var hasTime = map.Has("creationTime");
        if (hasDays && hasTime)
        {
            map.Problem("creationTime", "set either createdDaysAgo or creationTime, not both");
            return null;
        }

        if (!hasDays && !hasTime)
        {
            map.Problem("createdDaysAgo", "required field is missing (or give creationTime)");
            return null;
        }

        if (hasDays)
        {
            // Why: ten years is older than SageMaker itself; anything beyond is a typo.
            return map.Number("createdDaysAgo", 0, 3650) is { } days ? now.AddMinutes(-Math.Round(days * 1440)) : null;
        }

        var time = FieldRules.Date(map, "creationTime");
        if (time > now)
        {
            map.Problem("creationTime", "is after the estate's now (" + now.ToString("O", CultureInfo.InvariantCulture) + ")");
            return null;
        }

        return time;
    }

    private static Dictionary<string, string> Tags(MapReader map)
    {
        var tags = map.StringMap("tags");
        foreach (var (key, value) in tags)
        {
            // Why: AWS tag limits: key 1-128 characters, value 0-256.
            if (key.Length is 0 or > 128 || value.Length > 256)
            {
                map.Problem("tags." + key, "tag keys are 1-128 characters and values at most 256");
            }
        }

        return tags;
    }

    private static string DefaultConfigName(string endpoint, DateTimeOffset creation)
    {
        const string Suffix = "-cfg-yyyyMMdd";
        var stem = endpoint.Length + Suffix.Length <= SageMakerNames.MaxLength ? endpoint : endpoint[..(SageMakerNames.MaxLength - Suffix.Length)].TrimEnd('-');
        return stem + "-cfg-" + creation.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
    }
}
