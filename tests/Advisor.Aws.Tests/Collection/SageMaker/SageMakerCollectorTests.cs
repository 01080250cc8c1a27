using Advisor.Aws.Collection;
using Advisor.Aws.Collection.SageMaker;
using Advisor.Aws.Credentials;
using Advisor.Aws.Tests.AgainstSandbox;
using Advisor.Core.Snapshots;
using Advisor.Sandbox;
using Microsoft.Extensions.Logging.Abstractions;

namespace Advisor.Aws.Tests.Collection.SageMaker;

/// <summary>The SageMaker resource collectors against a generated estate: call counts, the training-job cache, per-source failures.</summary>
public sealed class SageMakerCollectorTests
{
    private static readonly CollectionOptions Options = new();
    private static readonly SageMakerResourceOptions ResourceOptions = new();

    [Fact]
    public async Task Training_Jobs_Are_Described_Once_And_Finished_Ones_Come_From_The_Cache_On_The_Next_Cycle()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: 41, scale: 40);
        var estate = sandbox.Generated.Estate;
        var cache = new InMemoryTrainingJobCache();
        var collector = new TrainingJobCollector(sandbox.SageMaker, cache, Options, ResourceOptions, NullLogger<TrainingJobCollector>.Instance);
        var since = ResourceOptions.TrainingJobsSince(estate.Now);
        var expected = estate.TrainingJobs.Where(j => j.CreationTime > since).ToList();

        var (jobs, status) = await collector.CollectAsync(since, CancellationToken.None);

        Assert.Equal(SourceHealth.Healthy, status.Health);
        Assert.Equal(expected.Select(j => j.Name).Order(StringComparer.Ordinal), jobs.Select(j => j.Name).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Count, sandbox.Server.Stats.Snapshot().CallsOf("SageMaker.DescribeTrainingJob"));
        var spot = jobs.First(j => j.EnableManagedSpotTraining && j.Status == "Completed" && j.BillableTime is not null);
        Assert.True(spot.BillableTime < spot.TrainingTime);

        var (again, secondStatus) = await collector.CollectAsync(since, CancellationToken.None);

        var unfinished = expected.Count(j => !TrainingJobStatuses.IsFinished(j.Status));
        Assert.Equal(jobs.Count, again.Count);
        Assert.Equal(expected.Count + unfinished, sandbox.Server.Stats.Snapshot().CallsOf("SageMaker.DescribeTrainingJob"));
        Assert.Equal(SourceHealth.Healthy, secondStatus.Health);
    }

    [Fact]
    public async Task One_Denied_Source_Is_Reported_As_AccessDenied_While_The_Others_Succeed()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: 42, scale: 40);
        sandbox.Server.Faults.Add(new FaultRule { Operation = "SageMaker.ListNotebookInstances", Kind = FaultKind.Deny, Count = 5 });
        var notebooks = new NotebookInstanceCollector(sandbox.SageMaker, Options, ResourceOptions, NullLogger<NotebookInstanceCollector>.Instance);
        var apps = new StudioAppCollector(sandbox.SageMaker, NullLogger<StudioAppCollector>.Instance);
        var components = new InferenceComponentCollector(sandbox.SageMaker, Options, NullLogger<InferenceComponentCollector>.Instance);

        var (noNotebooks, notebookStatus) = await notebooks.CollectAsync(CancellationToken.None);
        var (liveApps, appStatus) = await apps.CollectAsync(CancellationToken.None);
        var (ics, icStatus) = await components.CollectAsync(CancellationToken.None);

        var estate = sandbox.Generated.Estate;
        Assert.Empty(noNotebooks);
        Assert.Equal(SourceHealth.AccessDenied, notebookStatus.Health);
        Assert.Equal(Sources.SageMakerNotebooks, notebookStatus.Source);
        Assert.Equal(SourceHealth.Healthy, appStatus.Health);
        Assert.Equal(estate.StudioApps.Count(a => a.Status != "Deleted"), liveApps.Count);
        Assert.Equal(SourceHealth.Healthy, icStatus.Health);
        Assert.Equal(estate.InferenceComponents.Count, ics.Count);
    }

    [Fact]
    public async Task Models_Are_Described_Once_Per_Distinct_Name_And_A_Missing_One_Is_Missing_Data()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: 43, scale: 30);
        var estate = sandbox.Generated.Estate;
        var collector = new ModelCollector(sandbox.SageMaker, Options, NullLogger<ModelCollector>.Instance);
        var names = estate.Models.Select(m => m.Name).ToList();

        var (models, status) = await collector.CollectAsync([.. names, .. names, "deleted-model"], CancellationToken.None);

        Assert.Equal(names.Order(StringComparer.Ordinal), models.Select(m => m.Name));
        Assert.Equal(names.Count + 1, sandbox.Server.Stats.Snapshot().CallsOf("SageMaker.DescribeModel"));
        Assert.Equal(SourceHealth.MissingData, status.Health);
        Assert.Contains("deleted-model", status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notebooks_With_A_Wrong_Key_Report_AccessDenied_Not_An_Empty_List()
    {
        await using var sandbox = await SandboxHarness.StartAsync(seed: 44, scale: 10);
        var denied = sandbox.Factory(new StaticCredentialSource(SandboxCredentials.AccessKeyId, "wrong"))
            .CreateSageMaker(sandbox.Generated.Estate.Region, sandbox.Server.BaseUrl);
        var collector = new NotebookInstanceCollector(denied, Options, ResourceOptions, NullLogger<NotebookInstanceCollector>.Instance);

        var (notebooks, status) = await collector.CollectAsync(CancellationToken.None);

        Assert.Empty(notebooks);
        Assert.Equal(SourceHealth.AccessDenied, status.Health);
    }
}
