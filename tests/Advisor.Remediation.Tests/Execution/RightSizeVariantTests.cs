using Advisor.Core.Pricing;
using Advisor.Remediation.Kinds;
using Advisor.Remediation.Planning;
using Advisor.Remediation.Policy;
using Advisor.Remediation.Tests.Support;
using Advisor.Storage.Journal;

namespace Advisor.Remediation.Tests.Execution;

/// <summary>right-size-variant against a sandbox and SQLite: plan, act, verify, roll back, skip a changed endpoint, undo a failed update.</summary>
public sealed class RightSizeVariantTests
{
    private static async Task<(Engine Engine, string Endpoint, string Variant, string OldConfig, string Target)> StartAsync()
    {
        // Why: the analyzer rates a blue/green resize risk 2, above the default MaxRisk of 1.
        var engine = await Engine.StartAsync(p => p.MaxRisk = 2);
        var endpoint = engine.Rig.SizableEndpoint();
        var variant = engine.Rig.Estate.EndpointConfigs.Single(c => c.Name == endpoint.ConfigName).Variants[0];
        var target = variant.InstanceType == "ml.m5.large" ? "ml.m5.xlarge" : "ml.m5.large";
        Assert.NotNull(BundledPriceBook.Default.Spec(target));
        await engine.Rig.OptInAsync(endpoint.Name);
        return (engine, endpoint.Name, variant.Name, endpoint.ConfigName, target);
    }

    [Fact]
    public async Task Right_Size_Creates_A_Copied_Config_With_The_Target_Type_And_Updates_The_Endpoint_To_It()
    {
        var (engine, endpoint, variant, oldConfig, target) = await StartAsync();
        await using var _ = engine;

        var plan = await engine.Planner.PlanAsync([engine.Rig.RightSizeRecommendation(endpoint, variant, target, 1)], preview: false, CancellationToken.None);
        var item = Assert.Single(plan.Items);
        Assert.Equal(ActionKindIds.RightSizeVariant, item.Kind);
        Assert.Equal(PlanTiming.Now, item.Timing);
        var done = Assert.Single(await engine.Executor.RunAsync(CancellationToken.None));

        Assert.Equal(JournalState.Succeeded, done.State);
        var now = await engine.Rig.Region.SageMaker.DescribeEndpointAsync(endpoint);
        Assert.Equal("InService", now.EndpointStatus);
        Assert.StartsWith(oldConfig[..Math.Min(oldConfig.Length, 46)] + "-advisor-", now.EndpointConfigName, StringComparison.Ordinal);
        var config = await engine.Rig.Region.SageMaker.DescribeEndpointConfigAsync(now.EndpointConfigName!);
        var old = await engine.Rig.Region.SageMaker.DescribeEndpointConfigAsync(oldConfig);
        var moved = config.ProductionVariants.Single(v => v.VariantName == variant);
        Assert.Equal(target, moved.InstanceType);
        Assert.Equal(1, moved.InitialInstanceCount);
        Assert.Equal(old.ProductionVariants.Count, config.ProductionVariants.Count);
        Assert.Equal(old.ProductionVariants.Single(v => v.VariantName == variant).ModelName, moved.ModelName);
        Assert.Contains(oldConfig, done.RollbackJson, StringComparison.Ordinal);
        Assert.Equal(1, engine.Rig.Calls("SageMaker.CreateEndpointConfig"));
        Assert.Equal(1, engine.Rig.Calls("SageMaker.UpdateEndpoint"));

        var again = await engine.Planner.PlanAsync([engine.Rig.RightSizeRecommendation(endpoint, variant, target, 1)], preview: false, CancellationToken.None);
        Assert.Equal(PlanTiming.Skipped, Assert.Single(again.Items).Timing);
        Assert.Contains("already runs 1 × " + target, again.Items[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rollback_Updates_The_Endpoint_Back_To_Its_Old_Config()
    {
        var (engine, endpoint, variant, oldConfig, target) = await StartAsync();
        await using var _ = engine;
        await engine.Planner.PlanAsync([engine.Rig.RightSizeRecommendation(endpoint, variant, target)], preview: false, CancellationToken.None);
        var done = Assert.Single(await engine.Executor.RunAsync(CancellationToken.None));

        var rolledBack = await engine.Decisions.RollbackAsync(done.Id, "ops", CancellationToken.None);

        Assert.Equal(JournalState.RolledBack, rolledBack!.State);
        Assert.Equal("Updating", (await engine.Rig.Region.SageMaker.DescribeEndpointAsync(endpoint)).EndpointStatus);
        var after = await engine.Rig.Region.SageMaker.DescribeEndpointAsync(endpoint);
        Assert.Equal(("InService", oldConfig), (after.EndpointStatus, after.EndpointConfigName));
    }

    [Fact]
    public async Task An_Endpoint_Moved_To_Another_Config_Since_The_Plan_Is_Skipped_With_A_Reason()
    {
        var (engine, endpoint, variant, oldConfig, target) = await StartAsync();
        await using var _ = engine;
        await engine.Planner.PlanAsync([engine.Rig.RightSizeRecommendation(endpoint, variant, target)], preview: false, CancellationToken.None);
        var old = await engine.Rig.Region.SageMaker.DescribeEndpointConfigAsync(oldConfig);
        await engine.Rig.Region.SageMakerActions.CreateEndpointConfigAsync(endpoint + "-by-hand", old.ProductionVariants);
        await engine.Rig.Region.SageMakerActions.UpdateEndpointAsync(endpoint, endpoint + "-by-hand");
        await engine.Rig.Region.SageMaker.DescribeEndpointAsync(endpoint);

        var done = Assert.Single(await engine.Executor.RunAsync(CancellationToken.None));

        Assert.Equal(JournalState.Skipped, done.State);
        Assert.Contains("changed since the plan", done.Reason, StringComparison.Ordinal);
        Assert.Equal(1, engine.Rig.Calls("SageMaker.UpdateEndpoint"));
        Assert.Equal(endpoint + "-by-hand", (await engine.Rig.Region.SageMaker.DescribeEndpointAsync(endpoint)).EndpointConfigName);
    }

    [Fact]
    public async Task An_Update_That_Ends_Failed_Is_Rolled_Back_To_The_Old_Config_And_The_Action_Fails_With_The_Reason()
    {
        var (engine, endpoint, variant, oldConfig, _) = await StartAsync();
        await using var __ = engine;
        await engine.Planner.PlanAsync([engine.Rig.RightSizeRecommendation(endpoint, variant, "ml.nosuch.xlarge")], preview: false, CancellationToken.None);

        var done = Assert.Single(await engine.Executor.RunAsync(CancellationToken.None));

        Assert.Equal(JournalState.Failed, done.State);
        Assert.Contains("ended Failed", done.Reason, StringComparison.Ordinal);
        Assert.Contains("ml.nosuch.xlarge", done.Reason, StringComparison.Ordinal);
        Assert.EndsWith("rolled back", done.Reason, StringComparison.Ordinal);
        Assert.Equal(2, engine.Rig.Calls("SageMaker.UpdateEndpoint"));
        await engine.Rig.Region.SageMaker.DescribeEndpointAsync(endpoint);
        var after = await engine.Rig.Region.SageMaker.DescribeEndpointAsync(endpoint);
        Assert.Equal(("InService", oldConfig), (after.EndpointStatus, after.EndpointConfigName));
    }

    [Fact]
    public async Task A_Crash_Before_The_Update_Is_Retried_Once_With_The_Planned_Target()
    {
        var (engine, endpoint, variant, oldConfig, target) = await StartAsync();
        await using var _ = engine;
        var plan = await engine.Planner.PlanAsync([engine.Rig.RightSizeRecommendation(endpoint, variant, target)], preview: false, CancellationToken.None);
        var entry = plan.Items[0].Entry!;
        Assert.True(await engine.Store.Journal.TransitionAsync(entry with { State = JournalState.InProgress }, JournalState.Ready));

        var reconciled = Assert.Single(await engine.Reconciler.ReconcileAsync(CancellationToken.None));
        var done = Assert.Single(await engine.Executor.RunAsync(CancellationToken.None));

        Assert.Equal(JournalState.Ready, reconciled.State);
        Assert.Equal(entry.RollbackJson, reconciled.RollbackJson);
        Assert.Equal(JournalState.Succeeded, done.State);
        Assert.NotEqual(oldConfig, (await engine.Rig.Region.SageMaker.DescribeEndpointAsync(endpoint)).EndpointConfigName);
        Assert.Equal(1, engine.Rig.Calls("SageMaker.UpdateEndpoint"));
    }

    [Fact]
    public async Task A_Finding_Without_A_Target_Type_Is_Skipped_When_Planned_With_The_Reason()
    {
        var (engine, endpoint, variant, _, _) = await StartAsync();
        await using var __ = engine;

        var plan = await engine.Planner.PlanAsync([engine.Rig.RightSizeRecommendation(endpoint, variant, type: null)], preview: false, CancellationToken.None);

        var item = Assert.Single(plan.Items);
        Assert.Equal(PlanTiming.Skipped, item.Timing);
        Assert.Contains("candidateType", item.Reason, StringComparison.Ordinal);
        Assert.Empty(await engine.Store.Journal.ListAsync([JournalState.Ready], 10));
    }

    [Fact]
    public void Every_Kind_Is_Registered_With_Its_Iam_Actions()
    {
        var kinds = ActionKinds.Default;

        Assert.Equal(ActionKindIds.All, kinds.All.Select(k => k.Id));
        Assert.Contains("sagemaker:UpdateEndpoint", kinds.ById(ActionKindIds.RightSizeVariant)!.IamActions);
        Assert.Contains("sagemaker:CreateEndpointConfig", kinds.ById(ActionKindIds.RightSizeVariant)!.IamActions);
        Assert.Contains("sagemaker:UpdateInferenceComponentRuntimeConfig", kinds.ById(ActionKindIds.ScaleInferenceComponentsToZero)!.IamActions);
    }
}
