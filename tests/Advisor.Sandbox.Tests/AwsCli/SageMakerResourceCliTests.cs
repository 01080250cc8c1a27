using System.Text.Json;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Tests.Support;

namespace Advisor.Sandbox.Tests.AwsCli;

/// <summary>
/// Both real AWS CLIs against the sandbox for the SageMaker resource operations the product uses. Debian's awscli 2.9
/// (botocore 1.29, Dec 2022) predates inference components (Nov 2023): it must report the unknown command, not fake an answer.
/// </summary>
public sealed class SageMakerResourceCliTests
{
    private static readonly DateTimeOffset Created = TestEstate.Now.AddDays(-2);

    [Theory]
    [InlineData(AwsCliFlavour.Image)]
    [InlineData(AwsCliFlavour.Debian)]
    public async Task List_Training_Jobs_Returns_The_Estate_Jobs_Across_Pages(AwsCliFlavour cli)
    {
        await using var sandbox = await StartAsync();
        var result = await RunOkAsync(cli, sandbox, "sagemaker", "list-training-jobs", "--page-size", "1");
        var names = Wire.Names(JsonDocument.Parse(result).RootElement.GetProperty("TrainingJobSummaries"), "TrainingJobName");
        Assert.Equal(["churn-train-2026-11-18-00-00-00", "churn-train-2026-11-19-00-00-00"], names.Order(StringComparer.Ordinal));
        Assert.Equal(2, sandbox.Server.Stats.Snapshot().CallsOf("SageMaker.ListTrainingJobs"));
    }

    [Theory]
    [InlineData(AwsCliFlavour.Image)]
    [InlineData(AwsCliFlavour.Debian)]
    public async Task Describe_Training_Job_Returns_Spot_Billing_And_A_Missing_Job_Is_ResourceNotFound(AwsCliFlavour cli)
    {
        await using var sandbox = await StartAsync();
        var result = await RunOkAsync(cli, sandbox, "sagemaker", "describe-training-job", "--training-job-name", "churn-train-2026-11-18-00-00-00");
        var job = JsonDocument.Parse(result).RootElement;
        Assert.Equal("Completed", job.GetProperty("TrainingJobStatus").GetString());
        Assert.Equal(7200, job.GetProperty("TrainingTimeInSeconds").GetInt32());
        Assert.Equal(2880, job.GetProperty("BillableTimeInSeconds").GetInt32());
        Assert.True(job.GetProperty("EnableManagedSpotTraining").GetBoolean());
        Assert.Equal("ml.g5.2xlarge", job.GetProperty("ResourceConfig").GetProperty("InstanceType").GetString());

        var missing = await AwsCliRunner.RunAsync(cli, sandbox.Server.BaseUrl, SandboxCredentials.SecretAccessKey,
            "sagemaker", "describe-training-job", "--training-job-name", "nope");
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("ResourceNotFound", missing.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AwsCliFlavour.Image)]
    [InlineData(AwsCliFlavour.Debian)]
    public async Task List_Notebook_Instances_Returns_Status_And_Lifecycle_Config(AwsCliFlavour cli)
    {
        await using var sandbox = await StartAsync();
        var result = await RunOkAsync(cli, sandbox, "sagemaker", "list-notebook-instances");
        var notebooks = JsonDocument.Parse(result).RootElement.GetProperty("NotebookInstances").EnumerateArray()
            .ToDictionary(n => n.GetProperty("NotebookInstanceName").GetString()!, n => n);
        Assert.Equal(["alice-notebook", "bob-notebook"], notebooks.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("InService", notebooks["alice-notebook"].GetProperty("NotebookInstanceStatus").GetString());
        Assert.False(notebooks["alice-notebook"].TryGetProperty("NotebookInstanceLifecycleConfigName", out _));
        Assert.Equal("auto-stop", notebooks["bob-notebook"].GetProperty("NotebookInstanceLifecycleConfigName").GetString());
    }

    [Theory]
    [InlineData(AwsCliFlavour.Image)]
    [InlineData(AwsCliFlavour.Debian)]
    public async Task List_Apps_Returns_The_Studio_Apps_With_Instance_Types(AwsCliFlavour cli)
    {
        await using var sandbox = await StartAsync();
        var result = await RunOkAsync(cli, sandbox, "sagemaker", "list-apps");
        var apps = JsonDocument.Parse(result).RootElement.GetProperty("Apps").EnumerateArray().ToList();
        Assert.Equal(2, apps.Count);
        var lab = apps.Single(a => a.GetProperty("AppType").GetString() == "JupyterLab");
        Assert.Equal("alice-space", lab.GetProperty("SpaceName").GetString());

        // Why: botocore 1.29's AppDetails has no ResourceSpec (added in 2023), so Debian's CLI drops the member it does not know.
        if (cli == AwsCliFlavour.Image)
        {
            Assert.Equal("ml.g5.2xlarge", lab.GetProperty("ResourceSpec").GetProperty("InstanceType").GetString());
        }
        else
        {
            Assert.False(lab.TryGetProperty("ResourceSpec", out _));
        }
    }

    [Theory]
    [InlineData(AwsCliFlavour.Image)]
    [InlineData(AwsCliFlavour.Debian)]
    public async Task Describe_Endpoint_Returns_The_Variant_Counts(AwsCliFlavour cli)
    {
        await using var sandbox = await StartAsync();
        var result = await RunOkAsync(cli, sandbox, "sagemaker", "describe-endpoint", "--endpoint-name", "alpha");
        var endpoint = JsonDocument.Parse(result).RootElement;
        Assert.Equal("alpha-cfg", endpoint.GetProperty("EndpointConfigName").GetString());
        Assert.Equal(2, endpoint.GetProperty("ProductionVariants")[0].GetProperty("CurrentInstanceCount").GetInt32());
    }

    [Fact]
    public async Task The_Image_Cli_Lists_Inference_Components()
    {
        await using var sandbox = await StartAsync();
        var result = await RunOkAsync(AwsCliFlavour.Image, sandbox, "sagemaker", "list-inference-components");
        var components = JsonDocument.Parse(result).RootElement.GetProperty("InferenceComponents");
        Assert.Equal(["beta-ic1", "beta-ic2"], Wire.Names(components, "InferenceComponentName").Order(StringComparer.Ordinal));
        Assert.All(components.EnumerateArray(), c => Assert.Equal("beta", c.GetProperty("EndpointName").GetString()));
    }

    [Fact]
    public async Task Debians_Cli_Predates_Inference_Components_And_Says_So()
    {
        await using var sandbox = await StartAsync();
        var result = await AwsCliRunner.RunAsync(AwsCliFlavour.Debian, sandbox.Server.BaseUrl, SandboxCredentials.SecretAccessKey,
            "sagemaker", "list-inference-components");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Invalid choice", result.StdErr, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, sandbox.Server.Stats.Snapshot().CallsOf("SageMaker.ListInferenceComponents"));
    }

    private static Task<RunningSandbox> StartAsync() => RunningSandbox.StartAsync(estate: Estate());

    /// <summary>The small test estate plus two training jobs, two notebooks, two Studio apps and two components on beta.</summary>
    private static SandboxEstate Estate() => TestEstate.Build() with
    {
        TrainingJobs =
        [
            Job("churn-train-2026-11-18-00-00-00", TestEstate.Now.AddDays(-2), spot: true),
            Job("churn-train-2026-11-19-00-00-00", TestEstate.Now.AddDays(-1), spot: false),
        ],
        NotebookInstances =
        [
            new SandboxNotebookInstance { Name = "alice-notebook", InstanceType = "ml.t3.medium", CreationTime = Created, LastModifiedTime = Created },
            new SandboxNotebookInstance
            {
                Name = "bob-notebook", InstanceType = "ml.m5.xlarge", CreationTime = Created, LastModifiedTime = Created, LifecycleConfigName = "auto-stop",
            },
        ],
        StudioApps =
        [
            new SandboxStudioApp { DomainId = "d-test", UserProfileName = "alice", AppType = "JupyterServer", AppName = "default", CreationTime = Created },
            new SandboxStudioApp
            {
                DomainId = "d-test", SpaceName = "alice-space", AppType = "JupyterLab", AppName = "default", CreationTime = Created, InstanceType = "ml.g5.2xlarge",
            },
        ],
        InferenceComponents =
        [
            new SandboxInferenceComponent { Name = "beta-ic1", EndpointName = "beta", VariantName = "AllTraffic", ModelName = "beta-model", CreationTime = Created },
            new SandboxInferenceComponent { Name = "beta-ic2", EndpointName = "beta", VariantName = "AllTraffic", ModelName = "beta-model", CreationTime = Created },
        ],
    };

    private static SandboxTrainingJob Job(string name, DateTimeOffset created, bool spot) => new()
    {
        Name = name,
        CreationTime = created,
        TrainingStartTime = created.AddMinutes(5),
        TrainingEndTime = created.AddMinutes(5).AddHours(2),
        InstanceType = "ml.g5.2xlarge",
        TrainingImage = "763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-training:2.3.0-gpu-py311",
        EnableManagedSpotTraining = spot,
        CheckpointS3Uri = spot ? "s3://ml-artifacts/churn/checkpoints/" : null,
        MaxWaitSeconds = spot ? 172_800 : null,
        TrainingSeconds = 7200,
        BillableSeconds = spot ? 2880 : 7200,
    };

    private static async Task<string> RunOkAsync(AwsCliFlavour cli, RunningSandbox sandbox, params string[] args)
    {
        var result = await AwsCliRunner.RunAsync(cli, sandbox.Server.BaseUrl, SandboxCredentials.SecretAccessKey, args);
        Assert.True(result.ExitCode == 0, $"aws {string.Join(' ', args)} exited with {result.ExitCode}. stderr: {result.StdErr}");
        return result.StdOut;
    }
}
