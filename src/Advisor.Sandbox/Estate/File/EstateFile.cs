using Advisor.Sandbox.Generation;

namespace Advisor.Sandbox.Estate.File;

/// <summary>
/// Loads a hand-written estate from a YAML (<c>.yaml</c>/<c>.yml</c>) or JSON (<c>.json</c>) file in the format of
/// docs/estate-format.md. Every problem in the file is reported at once in one <see cref="EstateFileException"/>.
/// File estates carry no ground truth.
/// </summary>
public static class EstateFile
{
    /// <summary>Reads, validates and materialises the estate (metrics synthesised from the shapes, without noise).</summary>
    /// <exception cref="EstateFileException">The file is missing, unreadable, not YAML/JSON, or breaks the schema.</exception>
    public static SandboxEstate Load(string path, EstateFileOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(options);
        if (!System.IO.File.Exists(path))
        {
            throw new EstateFileException(path, ["the file does not exist (full path: " + Path.GetFullPath(path) + ")"]);
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".json" or ".yaml" or ".yml"))
        {
            throw new EstateFileException(path, ["unknown extension '" + extension + "': use .yaml, .yml or .json"]);
        }

        string text;
        try
        {
            text = System.IO.File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EstateFileException(path, ["cannot be read: " + e.Message]);
        }

        return Parse(text, extension == ".json" ? EstateFileFormat.Json : EstateFileFormat.Yaml, options, path);
    }

    /// <summary>Parses estate text already in memory; <paramref name="sourceName"/> names it in errors.</summary>
    public static SandboxEstate Parse(string text, EstateFileFormat format, EstateFileOptions options, string sourceName = "(text)")
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        DocumentNode? root;
        try
        {
            root = format == EstateFileFormat.Json ? DocumentParser.ParseJson(text) : DocumentParser.ParseYaml(text);
        }
        catch (FormatException e)
        {
            throw new EstateFileException(sourceName, ["(file): " + e.Message]);
        }

        if (root is null)
        {
            throw new EstateFileException(sourceName, ["(file): the file is empty"]);
        }

        var problems = new ProblemList();
        var draft = EstateFileReader.Read(root, options, problems);
        if (problems.Items.Count > 0)
        {
            throw new EstateFileException(sourceName, problems.Items);
        }

        var series = new Dictionary<SeriesKey, HourlySeries>();
        foreach (var endpoint in draft.Endpoints)
        {
            var start = EstateGenerator.SeriesStart(endpoint.Endpoint.CreationTime, draft.Now);
            foreach (var variant in endpoint.Variants)
            {
                SeriesWriter.Write(series, endpoint.Endpoint.Name, variant.Variant.Name, start, draft.Now, variant.Hardware, variant.Plan, noise: null);
            }
        }

        foreach (var job in draft.TrainingJobs)
        {
            ResourceSeriesWriter.WriteTrainingJob(series, job, draft.Now);
        }

        foreach (var instance in draft.Ec2Instances)
        {
            ResourceSeriesWriter.WriteEc2(series, instance, draft.Now);
        }

        return new SandboxEstate
        {
            AccountId = draft.AccountId,
            Region = draft.Region,
            Now = draft.Now,
            Endpoints = draft.Endpoints.Select(e => e.Endpoint).ToList(),
            EndpointConfigs = draft.Endpoints.Select(e => e.Config).ToList(),
            Models = draft.Models,
            InferenceComponents = draft.InferenceComponents,
            TrainingJobs = draft.TrainingJobs.Select(j => j.Job).ToList(),
            NotebookInstances = draft.NotebookInstances,
            StudioApps = draft.StudioApps,
            Ec2Instances = draft.Ec2Instances.Select(i => i.Instance).ToList(),
            StsExternalId = draft.StsExternalId,
            Metrics = new MetricStore(series),
        };
    }
}

/// <summary>The syntax of an estate file (the schema is the same).</summary>
public enum EstateFileFormat
{
    /// <summary>YAML 1.1/1.2 (<c>.yaml</c>, <c>.yml</c>).</summary>
    Yaml,

    /// <summary>JSON (<c>.json</c>); comments allowed.</summary>
    Json,
}
