using Advisor.Aws.Errors;
using Advisor.Aws.SageMaker;

namespace Advisor.Aws.Tests.AgainstSandbox;

/// <summary>The SageMaker resource operations of our client against the sandbox: shapes, paging and not-found errors.</summary>
public sealed class SageMakerResourceClientTests
{
    [Fact]
    public async Task Lists_Every_Training_Job_Since_A_Time_Across_Pages_And_Describes_One()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: 31, scale: 120);
        var estate = sandbox.Generated.Estate;
        var since = estate.Now.AddDays(-30);

        var names = new List<string>();
        await foreach (var job in sandbox.SageMaker.ListAllTrainingJobsAsync(since))
        {
            names.Add(job.TrainingJobName);
        }

        var expected = estate.TrainingJobs.Where(j => j.CreationTime > since).Select(j => j.Name).Order(StringComparer.Ordinal).ToList();
        Assert.True(expected.Count > 100, $"the estate should need several pages, has {expected.Count} jobs");
        Assert.Equal(expected, names.Order(StringComparer.Ordinal));
        Assert.Equal((expected.Count + 99) / 100, sandbox.Server.Stats.Snapshot().CallsOf("SageMaker.ListTrainingJobs"));

        var spot = estate.TrainingJobs.First(j => j.CheckpointS3Uri is not null && j.BillableSeconds is not null);
        var described = await sandbox.SageMaker.DescribeTrainingJobAsync(spot.Name);
        Assert.Equal(spot.TrainingImage, described.TrainingImage);
        Assert.Equal(spot.InstanceType, described.InstanceType);
        Assert.True(described.EnableManagedSpotTraining);
        Assert.Equal(spot.CheckpointS3Uri, described.CheckpointS3Uri);
        Assert.Equal(spot.BillableSeconds, described.BillableTimeInSeconds);
        Assert.True(described.BillableTimeInSeconds < described.TrainingTimeInSeconds);
    }

    [Fact]
    public async Task A_Missing_Resource_Is_A_Typed_Not_Found_Error_For_Every_Describe()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: 32, scale: 5);

        var job = await Assert.ThrowsAsync<AwsNotFoundException>(() => sandbox.SageMaker.DescribeTrainingJobAsync("no-such-job"));
        Assert.Equal("ResourceNotFound", job.ErrorCode);
        await Assert.ThrowsAsync<AwsNotFoundException>(() => sandbox.SageMaker.DescribeModelAsync("no-such-model"));
        await Assert.ThrowsAsync<AwsNotFoundException>(() => sandbox.SageMaker.DescribeNotebookInstanceAsync("no-such-notebook"));
        await Assert.ThrowsAsync<AwsNotFoundException>(() => sandbox.SageMaker.DescribeInferenceComponentAsync("no-such-ic"));
    }

    [Fact]
    public async Task Lists_Notebooks_Apps_Models_And_Inference_Components_In_Small_Pages()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: 33, scale: 40);
        var estate = sandbox.Generated.Estate;

        var notebooks = new List<string>();
        string? token = null;
        do
        {
            var page = await sandbox.SageMaker.ListNotebookInstancesAsync(new ListNotebookInstancesRequest(token, MaxResults: 1));
            notebooks.AddRange(page.NotebookInstances.Select(n => n.NotebookInstanceName));
            token = page.NextToken;
        }
        while (token is not null);

        Assert.Equal(estate.NotebookInstances.Select(n => n.Name).Order(StringComparer.Ordinal), notebooks.Order(StringComparer.Ordinal));
        var accelerated = estate.NotebookInstances.First(n => n.AcceleratorTypes.Count > 0);
        var described = await sandbox.SageMaker.DescribeNotebookInstanceAsync(accelerated.Name);
        Assert.Equal(accelerated.AcceleratorTypes, described.AcceleratorTypes);
        Assert.All(described.AcceleratorTypes, a => Assert.StartsWith("ml.eia", a, StringComparison.Ordinal));

        var apps = new List<AppDetails>();
        await foreach (var app in sandbox.SageMaker.ListAllAppsAsync())
        {
            apps.Add(app);
        }

        Assert.Equal(estate.StudioApps.Count, apps.Count);
        Assert.Contains(apps, a => a.AppType == "JupyterLab" && a.InstanceType is not null);

        var models = new List<ModelSummary>();
        await foreach (var model in sandbox.SageMaker.ListAllModelsAsync())
        {
            models.Add(model);
        }

        Assert.Equal(estate.Models.Count, models.Count);
        var first = await sandbox.SageMaker.DescribeModelAsync(estate.Models[0].Name);
        Assert.Equal(estate.Models[0].Image, first.Image);
        Assert.Equal("SingleModel", first.Mode);

        var components = new List<InferenceComponentSummary>();
        await foreach (var component in sandbox.SageMaker.ListAllInferenceComponentsAsync())
        {
            components.Add(component);
        }

        Assert.NotEmpty(components);
        Assert.Equal(estate.InferenceComponents.Count, components.Count);
        var ic = await sandbox.SageMaker.DescribeInferenceComponentAsync(components[0].InferenceComponentName);
        var planted = estate.InferenceComponents.Single(c => c.Name == ic.InferenceComponentName);
        Assert.Equal(planted.ModelName, ic.ModelName);
        Assert.Equal(planted.CopyCount, ic.CurrentCopyCount);
        Assert.Equal(planted.MinMemoryRequiredMb, ic.MinMemoryRequiredInMb);
    }

    [Fact]
    public async Task List_Tags_Needs_At_Least_50_Results_And_Returns_The_Tags()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: 34, scale: 10);
        var job = sandbox.Generated.Estate.TrainingJobs[0];
        var arn = (await sandbox.SageMaker.DescribeTrainingJobAsync(job.Name)).TrainingJobArn;

        var tags = await sandbox.SageMaker.ListAllTagsAsync(arn);

        Assert.Equal(job.Tags.OrderBy(t => t.Key), tags.OrderBy(t => t.Key));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => sandbox.SageMaker.ListTagsAsync(new ListTagsRequest(arn, MaxResults: 10)));
    }
}
