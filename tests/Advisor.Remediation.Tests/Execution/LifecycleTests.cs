using Advisor.Core.Domain;
using Advisor.Remediation.Execution;
using Advisor.Remediation.Planning;
using Advisor.Remediation.Tests.Support;
using Advisor.Storage.Journal;

namespace Advisor.Remediation.Tests.Execution;

/// <summary>Grace, approval, changed resources, rollback, idempotency and crash recovery, against a sandbox and SQLite.</summary>
public sealed class LifecycleTests
{
    [Fact]
    public async Task Grace_Period_And_Approval_Hold_An_Action_Until_Both_Are_Met()
    {
        await using var engine = await Engine.StartAsync(p =>
        {
            p.GracePeriod = TimeSpan.FromDays(2);
            p.RequireApproval = true;
        });
        var endpoint = engine.Rig.TaggedIdle("true")[0];

        var plan = await engine.Planner.PlanAsync([engine.Rig.DeleteRecommendation(endpoint.Name)], preview: false, CancellationToken.None);
        var entry = Assert.Single(plan.Items).Entry!;
        await engine.Executor.RunAsync(CancellationToken.None);

        Assert.Equal(JournalState.AwaitingGrace, (await engine.Store.Journal.GetAsync(entry.Id))!.State);
        Assert.StartsWith("delete-endpoint@", engine.Rig.Endpoint(endpoint.Name)!.Tags[RemediationPlanner.PlannedActionTag], StringComparison.Ordinal);

        engine.Rig.Time.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        await engine.Executor.RunAsync(CancellationToken.None);
        Assert.Equal(JournalState.AwaitingApproval, (await engine.Store.Journal.GetAsync(entry.Id))!.State);
        Assert.NotNull(engine.Rig.Endpoint(endpoint.Name));

        var approved = await engine.Decisions.ApproveAsync(entry.Id, "kim", CancellationToken.None);
        var done = await engine.Executor.RunAsync(CancellationToken.None);

        Assert.Equal("kim", approved!.ApprovedBy);
        Assert.Equal(JournalState.Succeeded, Assert.Single(done).State);
        Assert.Null(engine.Rig.Endpoint(endpoint.Name));
        await Assert.ThrowsAsync<ActionConflictException>(() => engine.Decisions.ApproveAsync(entry.Id, "kim", CancellationToken.None));
    }

    [Fact]
    public async Task A_Removed_Opt_In_Tag_Or_Returning_Traffic_Skips_The_Action_With_A_Reason()
    {
        await using var engine = await Engine.StartAsync();
        var untaggedLater = engine.Rig.TaggedIdle("true")[0];
        var busy = engine.Rig.BusyEndpoint();
        await engine.Rig.Region.SageMakerActions.AddTagsAsync(engine.Rig.Estate.EndpointArn(busy.Name), new Dictionary<string, string> { [SandboxRig.OptIn] = "true" });

        await engine.Planner.PlanAsync(
            [engine.Rig.DeleteRecommendation(untaggedLater.Name, 1), engine.Rig.DeleteRecommendation(busy.Name, 2)], preview: false, CancellationToken.None);
        await engine.Rig.Region.SageMakerActions.DeleteTagsAsync(engine.Rig.Estate.EndpointArn(untaggedLater.Name), [SandboxRig.OptIn]);
        var done = await engine.Executor.RunAsync(CancellationToken.None);

        Assert.Equal(2, done.Count);
        Assert.All(done, e => Assert.Equal(JournalState.Skipped, e.State));
        Assert.Contains("opt-in tag", done.Single(e => e.Resource.Id == untaggedLater.Name).Reason, StringComparison.Ordinal);
        Assert.Contains("traffic came back", done.Single(e => e.Resource.Id == busy.Name).Reason, StringComparison.Ordinal);
        Assert.Equal(0, engine.Rig.Calls("SageMaker.DeleteEndpoint"));
    }

    [Fact]
    public async Task Rollback_Recreates_The_Endpoint_With_Its_Previous_Config()
    {
        await using var engine = await Engine.StartAsync();
        var endpoint = engine.Rig.TaggedIdle("true")[0];
        await engine.Planner.PlanAsync([engine.Rig.DeleteRecommendation(endpoint.Name)], preview: false, CancellationToken.None);
        var done = Assert.Single(await engine.Executor.RunAsync(CancellationToken.None));
        Assert.Null(engine.Rig.Endpoint(endpoint.Name));

        var rolledBack = await engine.Decisions.RollbackAsync(done.Id, "ops", CancellationToken.None);

        Assert.Equal(JournalState.RolledBack, rolledBack!.State);
        var restored = await engine.Rig.Region.SageMaker.DescribeEndpointAsync(endpoint.Name);
        Assert.Equal(endpoint.ConfigName, restored.EndpointConfigName);
        Assert.Equal(endpoint.Tags["team"], engine.Rig.Endpoint(endpoint.Name)!.Tags["team"]);
        Assert.Equal(JournalState.RolledBack, (await engine.Store.Journal.GetAsync(done.Id))!.State);
    }

    [Fact]
    public async Task Planning_And_Executing_Twice_Does_Each_Action_Once()
    {
        await using var engine = await Engine.StartAsync();
        var endpoints = engine.Rig.TaggedIdle("true");
        var recommendations = endpoints.Select((e, i) => engine.Rig.DeleteRecommendation(e.Name, i + 1)).ToList();

        await engine.Planner.PlanAsync(recommendations, preview: false, CancellationToken.None);
        var again = await engine.Planner.PlanAsync(recommendations, preview: false, CancellationToken.None);
        var first = await engine.Executor.RunAsync(CancellationToken.None);
        var second = await engine.Executor.RunAsync(CancellationToken.None);

        Assert.All(again.Items, i => Assert.Equal(PlanTiming.AlreadyPlanned, i.Timing));
        Assert.Equal(endpoints.Count, first.Count(e => e.State == JournalState.Succeeded));
        Assert.Empty(second);
        Assert.Equal(endpoints.Count, engine.Rig.Calls("SageMaker.DeleteEndpoint"));
    }

    [Fact]
    public async Task Entries_Left_InProgress_By_A_Crash_Are_Reconciled_Exactly_Once()
    {
        await using var engine = await Engine.StartAsync();
        var (applied, notApplied) = (engine.Rig.TaggedIdle("true")[0], engine.Rig.TaggedIdle("true")[1]);
        var plan = await engine.Planner.PlanAsync(
            [engine.Rig.DeleteRecommendation(applied.Name, 1), engine.Rig.DeleteRecommendation(notApplied.Name, 2)], preview: false, CancellationToken.None);
        var (a, b) = (plan.Items[0].Entry!, plan.Items[1].Entry!);

        // The crash: A was marked InProgress and its DeleteEndpoint landed; B was marked InProgress and the process died before the call.
        Assert.True(await engine.Store.Journal.TransitionAsync(a with { State = JournalState.InProgress, RollbackJson = "{}" }, JournalState.Ready));
        await engine.Rig.Region.SageMakerActions.DeleteEndpointAsync(applied.Name);
        Assert.True(await engine.Store.Journal.TransitionAsync(b with { State = JournalState.InProgress }, JournalState.Ready));

        var reconciled = await engine.Reconciler.ReconcileAsync(CancellationToken.None);
        var done = await engine.Executor.RunAsync(CancellationToken.None);
        var again = await engine.Reconciler.ReconcileAsync(CancellationToken.None);

        Assert.Equal(JournalState.Succeeded, reconciled.Single(e => e.Id == a.Id).State);
        Assert.Equal(JournalState.Ready, reconciled.Single(e => e.Id == b.Id).State);
        Assert.Equal(b.Id, Assert.Single(done).Id);
        Assert.Empty(again);
        Assert.Equal(2, engine.Rig.Calls("SageMaker.DeleteEndpoint"));
        Assert.Null(engine.Rig.Endpoint(notApplied.Name));
        Assert.NotNull(await engine.Rig.Region.SageMaker.DescribeEndpointConfigAsync(notApplied.ConfigName));
    }

    [Fact]
    public async Task Notebooks_And_Ec2_Instances_Are_Stopped_And_Started_Again_On_Rollback()
    {
        await using var engine = await Engine.StartAsync();
        var notebook = engine.Rig.Estate.NotebookInstances.First(n => n.Status == "InService");
        var instance = engine.Rig.Estate.Ec2Instances.First(i => i.State == "running");
        var optIn = new Dictionary<string, string> { [SandboxRig.OptIn] = "true" };
        await engine.Rig.Region.SageMakerActions.AddTagsAsync(engine.Rig.Estate.Arn("notebook-instance", notebook.Name), optIn);
        await engine.Rig.Region.Ec2.CreateTagsAsync(instance.InstanceId, optIn, CancellationToken.None);

        await engine.Planner.PlanAsync(
            [
                engine.Rig.Recommend("stop-notebook-and-add-auto-stop", ResourceTypes.SageMakerNotebookInstance, notebook.Name, engine.Rig.Estate.Arn("notebook-instance", notebook.Name), 1),
                engine.Rig.Recommend("stop-instance", ResourceTypes.Ec2Instance, instance.InstanceId, "arn:aws:ec2:us-east-1:123456789012:instance/" + instance.InstanceId, 2),
            ],
            preview: false, CancellationToken.None);
        var done = await engine.Executor.RunAsync(CancellationToken.None);

        Assert.All(done, e => Assert.Equal(JournalState.Succeeded, e.State));
        Assert.Equal(2, done.Count);
        Assert.Equal("stopped", engine.Rig.Estate.Ec2Instances.Single(i => i.InstanceId == instance.InstanceId).State);
        Assert.True(engine.Rig.Estate.NotebookInstances.Single(n => n.Name == notebook.Name).Status is "Stopping" or "Stopped");

        foreach (var entry in done)
        {
            Assert.Equal(JournalState.RolledBack, (await engine.Decisions.RollbackAsync(entry.Id, "ops", CancellationToken.None))!.State);
        }

        Assert.Equal("running", engine.Rig.Estate.Ec2Instances.Single(i => i.InstanceId == instance.InstanceId).State);
        Assert.Equal("Pending", engine.Rig.Estate.NotebookInstances.Single(n => n.Name == notebook.Name).Status);
    }
}
