using Advisor.Remediation.Planning;
using Advisor.Remediation.Policy;
using Advisor.Remediation.Tests.Support;
using Advisor.Storage.Journal;

namespace Advisor.Remediation.Tests.Execution;

/// <summary>
/// scale-inference-components-to-zero against a sandbox and SQLite: an idle endpoint's delete-endpoint recommendation goes to
/// this kind when the endpoint hosts inference components; act, verify, roll back, skip a changed endpoint.
/// </summary>
public sealed class ScaleInferenceComponentsToZeroTests
{
    private static async Task<(Engine Engine, string Endpoint)> StartAsync(Action<ActionPolicy>? configure = null)
    {
        var engine = await Engine.StartAsync(configure);
        var endpoint = engine.Rig.IdleEndpointWithComponents().Name;
        await engine.Rig.OptInAsync(endpoint);
        return (engine, endpoint);
    }

    [Fact]
    public async Task An_Idle_Endpoint_With_Components_Is_Scaled_To_Zero_Not_Deleted()
    {
        var (engine, endpoint) = await StartAsync();
        await using var _ = engine;
        var before = engine.Rig.Components(endpoint);

        var plan = await engine.Planner.PlanAsync([engine.Rig.DeleteRecommendation(endpoint)], preview: false, CancellationToken.None);
        var item = Assert.Single(plan.Items);
        Assert.Equal(ActionKindIds.ScaleInferenceComponentsToZero, item.Kind);
        Assert.Equal(PlanTiming.Now, item.Timing);
        var done = Assert.Single(await engine.Executor.RunAsync(CancellationToken.None));

        Assert.Equal(JournalState.Succeeded, done.State);
        Assert.NotNull(engine.Rig.Endpoint(endpoint));
        Assert.All(engine.Rig.Components(endpoint), c => Assert.Equal((0, "InService"), (c.CopyCount, c.Status)));
        Assert.Equal(before.Count(c => c.CopyCount > 0), engine.Rig.Calls("SageMaker.UpdateInferenceComponentRuntimeConfig"));
        Assert.Equal(0, engine.Rig.Calls("SageMaker.DeleteEndpoint"));
        Assert.All(before, c => Assert.Contains(c.Name, done.RollbackJson, StringComparison.Ordinal));

        var again = await engine.Planner.PlanAsync([engine.Rig.DeleteRecommendation(endpoint)], preview: false, CancellationToken.None);
        Assert.Equal(PlanTiming.Skipped, Assert.Single(again.Items).Timing);
        Assert.Contains("already at 0 copies", again.Items[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rollback_Restores_Each_Components_Previous_Copy_Count()
    {
        var (engine, endpoint) = await StartAsync();
        await using var _ = engine;
        var before = engine.Rig.Components(endpoint).ToDictionary(c => c.Name, c => c.CopyCount);
        await engine.Planner.PlanAsync([engine.Rig.DeleteRecommendation(endpoint)], preview: false, CancellationToken.None);
        var done = Assert.Single(await engine.Executor.RunAsync(CancellationToken.None));

        var rolledBack = await engine.Decisions.RollbackAsync(done.Id, "ops", CancellationToken.None);

        Assert.Equal(JournalState.RolledBack, rolledBack!.State);
        foreach (var (name, copies) in before)
        {
            var component = await engine.Rig.Region.SageMaker.DescribeInferenceComponentAsync(name);
            Assert.Equal(copies, component.DesiredCopyCount);
        }
    }

    [Fact]
    public async Task A_Component_Rescaled_Since_The_Plan_Skips_The_Action_With_A_Reason()
    {
        var (engine, endpoint) = await StartAsync();
        await using var _ = engine;
        await engine.Planner.PlanAsync([engine.Rig.DeleteRecommendation(endpoint)], preview: false, CancellationToken.None);
        var component = engine.Rig.Components(endpoint)[0];
        await engine.Rig.Region.SageMakerActions.UpdateInferenceComponentCopyCountAsync(component.Name, component.CopyCount + 3);
        await engine.Rig.Region.SageMaker.DescribeInferenceComponentAsync(component.Name);

        var done = Assert.Single(await engine.Executor.RunAsync(CancellationToken.None));

        Assert.Equal(JournalState.Skipped, done.State);
        Assert.Contains("changed since the plan", done.Reason, StringComparison.Ordinal);
        Assert.Equal(1, engine.Rig.Calls("SageMaker.UpdateInferenceComponentRuntimeConfig"));
    }

    [Fact]
    public async Task Delete_Endpoint_Declines_An_Endpoint_With_Components_Even_When_Scaling_To_Zero_Is_Disabled()
    {
        var (engine, endpoint) = await StartAsync();
        await using var _ = engine;
        engine.Options.Kinds[ActionKindIds.ScaleInferenceComponentsToZero].Enabled = false;

        var plan = await engine.Planner.PlanAsync([engine.Rig.DeleteRecommendation(endpoint)], preview: false, CancellationToken.None);
        await engine.Executor.RunAsync(CancellationToken.None);

        var item = Assert.Single(plan.Items);
        Assert.Equal((ActionKindIds.ScaleInferenceComponentsToZero, PlanTiming.Skipped), (item.Kind, item.Timing));
        Assert.Contains("is not enabled", item.Reason, StringComparison.Ordinal);
        Assert.Equal(0, engine.Rig.Calls("SageMaker.DeleteEndpoint"));
        Assert.NotNull(engine.Rig.Endpoint(endpoint));
    }

    [Fact]
    public async Task An_Endpoint_Without_Components_Still_Goes_To_Delete_Endpoint()
    {
        await using var engine = await Engine.StartAsync();
        var endpoint = engine.Rig.TaggedIdle("true")[0];
        Assert.Empty(engine.Rig.Components(endpoint.Name));

        var plan = await engine.Planner.PlanAsync([engine.Rig.DeleteRecommendation(endpoint.Name)], preview: false, CancellationToken.None);

        Assert.Equal(ActionKindIds.DeleteEndpoint, Assert.Single(plan.Items).Kind);
    }
}
