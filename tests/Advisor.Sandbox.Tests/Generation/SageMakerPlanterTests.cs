using Advisor.Sandbox.Generation;

namespace Advisor.Sandbox.Tests.Generation;

/// <summary>The planted SageMaker resources beyond endpoints: models, inference components, training jobs, notebooks, Studio apps.</summary>
public sealed class SageMakerPlanterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 22, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Every_Variant_Model_Exists_And_Some_Images_Are_Shared()
    {
        var estate = EstateGenerator.Generate(new GeneratorOptions { Seed = 1, Scale = 60, Now = Now }).Estate;
        var models = estate.Models.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        Assert.All(estate.EndpointConfigs.SelectMany(c => c.Variants).Select(v => v.ModelName!), name => Assert.Contains(name, models));
        Assert.Contains(estate.Models.GroupBy(m => m.Image), g => g.Count() > 1);
    }

    [Fact]
    public void Inference_Components_Sit_On_Scale_To_Zero_Variants_Two_Or_Three_Each()
    {
        var estate = EstateGenerator.Generate(new GeneratorOptions { Seed = 2, Scale = 60, Now = Now }).Estate;
        Assert.NotEmpty(estate.InferenceComponents);
        foreach (var group in estate.InferenceComponents.GroupBy(c => c.EndpointName))
        {
            var endpoint = estate.Endpoints.Single(e => e.Name == group.Key);
            var config = estate.EndpointConfigs.Single(c => c.Name == endpoint.ConfigName);
            Assert.All(group, c => Assert.Equal(0, config.Variants.Single(v => v.Name == c.VariantName).ManagedScalingMin));
            Assert.InRange(group.Count(), 2, 3);
            Assert.All(group, c => Assert.Contains(estate.Models, m => m.Name == c.ModelName));
        }
    }

    [Fact]
    public void Training_Jobs_Are_Recurring_Pipelines_With_Spot_And_On_Demand_And_Metrics_Per_Host()
    {
        var estate = EstateGenerator.Generate(new GeneratorOptions { Seed = 3, Scale = 40, Now = Now }).Estate;
        var jobs = estate.TrainingJobs;
        Assert.All(jobs, j => Assert.Matches(@"^[a-z0-9-]+-\d{4}-\d{2}-\d{2}-\d{2}-\d{2}-\d{2}$", j.Name));
        Assert.Equal(jobs.Count, jobs.Select(j => j.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.All(jobs, j => Assert.InRange(j.CreationTime, Now.AddDays(-46), Now));
        Assert.Contains(jobs, j => j.EnableManagedSpotTraining && j.CheckpointS3Uri is not null && j.BillableSeconds < j.TrainingSeconds);
        Assert.Contains(jobs, j => !j.EnableManagedSpotTraining && j.CheckpointS3Uri is null && j.BillableSeconds == j.TrainingSeconds);
        Assert.Contains(jobs, j => j.TrainingSeconds < 3600);
        Assert.True(jobs.Count(j => j.Status == "Completed") > jobs.Count / 2);
        foreach (var pipeline in jobs.GroupBy(j => j.Name[..^20]))
        {
            Assert.Single(pipeline.Select(j => (j.TrainingImage, j.InstanceType)).Distinct());
        }

        var recent = jobs.First(j => j.Status == "Completed" && j.TrainingStartTime > Now.AddDays(-10));
        var key = new Advisor.Sandbox.Estate.SeriesKey("/aws/sagemaker/TrainingJobs", "CPUUtilization", [new("Host", recent.Name + "/algo-1")]);
        Assert.NotNull(estate.Metrics.Find(key));
    }

    [Fact]
    public void Notebooks_And_Studio_Apps_Cover_Every_Planted_Kind()
    {
        var estate = EstateGenerator.Generate(new GeneratorOptions { Seed = 1, Scale = 20, Now = Now }).Estate;
        var notebooks = estate.NotebookInstances;
        Assert.Contains(notebooks, n => n.Status == "InService" && n.LifecycleConfigName is null && n.LastModifiedTime < Now.AddDays(-2));
        Assert.Contains(notebooks, n => n.Status == "Stopped");
        Assert.Single(notebooks, n => n.AcceleratorTypes.Any(a => a.StartsWith("ml.eia", StringComparison.Ordinal)) && !n.Name.StartsWith("eia-", StringComparison.Ordinal));
        Assert.Contains(estate.StudioApps, a => a.AppType == "JupyterLab" && a.InstanceType is not null);
        Assert.Contains(estate.StudioApps, a => a.Status == "Deleted");
    }

    [Fact]
    public void The_Same_Seed_Plants_The_Same_Resources()
    {
        var a = EstateGenerator.Generate(new GeneratorOptions { Seed = 5, Scale = 30, Now = Now }).Estate;
        var b = EstateGenerator.Generate(new GeneratorOptions { Seed = 5, Scale = 30, Now = Now }).Estate;
        Assert.Equal(a.TrainingJobs.Select(j => j with { Tags = null! }), b.TrainingJobs.Select(j => j with { Tags = null! }));
        Assert.Equal(a.Models, b.Models);
        Assert.Equal(a.InferenceComponents, b.InferenceComponents);
    }
}
