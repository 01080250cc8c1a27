using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Generation;

/// <summary>
/// Plants the SageMaker resources beyond endpoints into a generated estate: a model for every variant's ModelName (some endpoints
/// share an image), inference components on the scale-to-zero endpoints, recurring training jobs with their CloudWatch metrics,
/// notebook instances and Studio apps. Uses its own random stream so the endpoints and their ground truth stay exactly as they were.
/// </summary>
internal static class SageMakerPlanter
{
    /// <summary>Why: a fixed salt ("SAGE") gives this planter a stream independent of the endpoint generator's <c>new Random(seed)</c>.</summary>
    private const int Salt = 0x53414745;

    // Why: framework images shared by many teams (same image → multi-model endpoint candidates); the rest are per-team images.
    private static readonly string[] SharedImages =
    [
        "763104351884.dkr.ecr.{0}.amazonaws.com/pytorch-inference:2.3.0-gpu-py311",
        "763104351884.dkr.ecr.{0}.amazonaws.com/huggingface-pytorch-inference:2.1.0-transformers4.37.0-gpu-py310",
        "683313688378.dkr.ecr.{0}.amazonaws.com/sagemaker-xgboost:1.7-1",
        "763104351884.dkr.ecr.{0}.amazonaws.com/sklearn-inference:1.2-1-cpu-py3",
    ];

    /// <summary>
    /// Plants the resources and adds the ground truth of <c>sagemaker-training-spot</c> and <c>sagemaker-notebook-idle</c>
    /// (opportunities and near misses) to <paramref name="opportunities"/> and <paramref name="nearMisses"/>.
    /// </summary>
    public static SandboxEstate Plant(SandboxEstate estate, GeneratorOptions options, List<PlantedOpportunity> opportunities, List<NearMiss> nearMisses)
    {
        var rng = new Random(options.Seed ^ Salt);
        var models = PlantModels(estate, rng);
        var components = PlantInferenceComponents(estate, rng, models);
        var series = estate.Metrics.Keys.ToDictionary(k => k, k => estate.Metrics.Find(k)!);
        var jobs = TrainingJobPlanter.Plant(estate, rng, options.Scale, series);
        var (notebooks, apps) = WorkspacePlanter.Plant(estate, rng, options.Scale);

        // Why: drawn after everything above, so the resources planted before the ground truth existed stay exactly as they were.
        jobs.AddRange(TrainingSpotTruth.Plant(estate, rng));
        notebooks.AddRange(NotebookIdleTruth.Plant(estate, rng));
        TrainingSpotTruth.Record(estate, jobs, opportunities, nearMisses);
        NotebookIdleTruth.Record(estate, notebooks, opportunities, nearMisses);
        return estate with
        {
            Models = models,
            InferenceComponents = components,
            TrainingJobs = jobs,
            NotebookInstances = notebooks,
            StudioApps = apps,
            Metrics = new MetricStore(series),
        };
    }

    /// <summary>One model per distinct variant ModelName, created just before its config; about half use a shared framework image.</summary>
    private static List<SandboxModel> PlantModels(SandboxEstate estate, Random rng)
    {
        var models = new List<SandboxModel>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var config in estate.EndpointConfigs)
        {
            foreach (var variant in config.Variants.Where(v => v.ModelName is not null && seen.Add(v.ModelName)))
            {
                models.Add(new SandboxModel
                {
                    Name = variant.ModelName!,
                    CreationTime = config.CreationTime.AddMinutes(-rng.Next(1, 60)),
                    Image = DrawImage(rng, estate, variant.ModelName!),
                });
            }
        }

        return models;
    }

    /// <summary>Two or three components on each variant that can scale to zero (managed scaling minimum 0), each with its own model.</summary>
    private static List<SandboxInferenceComponent> PlantInferenceComponents(SandboxEstate estate, Random rng, List<SandboxModel> models)
    {
        var components = new List<SandboxInferenceComponent>();
        foreach (var endpoint in estate.Endpoints)
        {
            var config = estate.EndpointConfigs.FirstOrDefault(c => c.Name == endpoint.ConfigName);
            foreach (var variant in config?.Variants.Where(v => v.ManagedScalingMin == 0) ?? [])
            {
                var count = rng.Next(2, 4);
                for (var i = 1; i <= count; i++)
                {
                    var name = Trim($"{endpoint.Name}-ic{i}");
                    var created = endpoint.CreationTime.AddMinutes(rng.Next(5, 120));
                    var model = new SandboxModel { Name = Trim($"{endpoint.Name}-ic{i}-model"), CreationTime = created.AddMinutes(-3), Image = DrawImage(rng, estate, name) };
                    models.Add(model);
                    components.Add(new SandboxInferenceComponent
                    {
                        Name = name,
                        EndpointName = endpoint.Name,
                        VariantName = variant.Name,
                        ModelName = model.Name,
                        CreationTime = created,
                        CopyCount = rng.Next(1, 3),

                        // Why: SageMaker's minimum is 0.25 cores; whole and half cores are what people configure.
                        CpuCoresRequired = rng.Next(1, 5) / 2.0,
                        AcceleratorDevicesRequired = rng.NextDouble() < 0.5 ? 1 : null,
                        MinMemoryRequiredMb = 1024 * rng.Next(1, 9),
                    });
                }
            }
        }

        return components;
    }

    private static string DrawImage(Random rng, SandboxEstate estate, string owner) => rng.NextDouble() < 0.5
        ? string.Format(System.Globalization.CultureInfo.InvariantCulture, SharedImages[rng.Next(SharedImages.Length)], estate.Region)
        : $"{estate.AccountId}.dkr.ecr.{estate.Region}.amazonaws.com/{owner.ToLowerInvariant()}:{rng.Next(1, 20)}.{rng.Next(0, 10)}";

    /// <summary>Why: SageMaker names are at most 63 characters.</summary>
    internal static string Trim(string name) => name.Length <= 63 ? name : name[..63].TrimEnd('-');
}
