using Advisor.Remediation.Planning;
using Advisor.Remediation.Tests.Support;
using Advisor.Storage.Journal;

namespace Advisor.Remediation.Tests.Execution;

/// <summary>Dry-run and the tag policy keep remediation's hands off what it must not touch.</summary>
public sealed class PolicyAndDryRunTests
{
    [Fact]
    public async Task Dry_Run_Plans_And_Journals_But_Makes_No_Mutating_Call()
    {
        await using var engine = await Engine.StartAsync(dryRun: true);
        var recommendations = engine.Rig.TaggedIdle("true").Select((e, i) => engine.Rig.DeleteRecommendation(e.Name, i + 1)).ToList();

        var plan = await engine.Planner.PlanAsync(recommendations, preview: false, CancellationToken.None);
        var done = await engine.Executor.RunAsync(CancellationToken.None);

        Assert.All(plan.Items, i => Assert.Equal(PlanTiming.DryRun, i.Timing));
        Assert.Empty(done);
        Assert.Equal(0, engine.Rig.MutatingCalls);
        Assert.All(engine.Rig.TaggedIdle("true"), e => Assert.NotNull(engine.Rig.Endpoint(e.Name)));
        var journal = await engine.Store.Journal.ListAsync(null, 100);
        Assert.Equal(recommendations.Count, journal.Count);
        Assert.All(journal, e => Assert.True(e.DryRun && e.State == JournalState.Skipped));
    }

    [Fact]
    public async Task A_Preview_Writes_Nothing_At_All()
    {
        await using var engine = await Engine.StartAsync();
        var recommendations = engine.Rig.TaggedIdle("true").Select((e, i) => engine.Rig.DeleteRecommendation(e.Name, i + 1)).ToList();

        var plan = await engine.Planner.PlanAsync(recommendations, preview: true, CancellationToken.None);

        Assert.All(plan.Items, i => Assert.Equal(PlanTiming.DryRun, i.Timing));
        Assert.Empty(await engine.Store.Journal.ListAsync(null, 100));
        Assert.Equal(0, engine.Rig.MutatingCalls);
    }

    [Fact]
    public async Task Untagged_And_Exclusion_Tagged_Endpoints_Are_Never_Touched()
    {
        await using var engine = await Engine.StartAsync();
        var optedIn = engine.Rig.TaggedIdle("true")[0];
        var excluded = engine.Rig.TaggedIdle("false")[0];
        var untagged = engine.Rig.Estate.Endpoints.First(e => !e.Tags.ContainsKey(SandboxRig.OptIn) && e.Status == "InService");

        var plan = await engine.Planner.PlanAsync(
            [engine.Rig.DeleteRecommendation(optedIn.Name, 1), engine.Rig.DeleteRecommendation(excluded.Name, 2), engine.Rig.DeleteRecommendation(untagged.Name, 3)],
            preview: false, CancellationToken.None);
        var done = await engine.Executor.RunAsync(CancellationToken.None);

        Assert.Equal(PlanTiming.Now, plan.Items[0].Timing);
        Assert.Equal(PlanTiming.Skipped, plan.Items[1].Timing);
        Assert.Contains("exclusion tag advisor:auto-apply=false", plan.Items[1].Reason, StringComparison.Ordinal);
        Assert.Equal(PlanTiming.Skipped, plan.Items[2].Timing);
        Assert.Contains("opt-in tag advisor:auto-apply=true", plan.Items[2].Reason, StringComparison.Ordinal);
        Assert.Equal(JournalState.Succeeded, Assert.Single(done).State);
        Assert.Null(engine.Rig.Endpoint(optedIn.Name));
        Assert.NotNull(engine.Rig.Endpoint(excluded.Name));
        Assert.NotNull(engine.Rig.Endpoint(untagged.Name));
        Assert.Equal(1, engine.Rig.Calls("SageMaker.DeleteEndpoint"));
    }

    [Fact]
    public async Task Policy_Limits_Reject_With_A_Reason_Naming_The_Limit()
    {
        await using var engine = await Engine.StartAsync(p =>
        {
            p.MaxActionsPerRun = 1;
            p.Regions = ["us-east-1"];
        });
        var endpoints = engine.Rig.TaggedIdle("true");
        var recommendations = endpoints.Select((e, i) => engine.Rig.DeleteRecommendation(e.Name, i + 1)).ToList();
        var risky = recommendations[0] with { Id = "risky", Rank = 0, Finding = recommendations[0].Finding with { Risk = 3 } };

        var plan = await engine.Planner.PlanAsync([risky, .. recommendations], preview: true, CancellationToken.None);

        Assert.Contains("risk 3 is above MaxRisk 1", plan.Items[0].Reason, StringComparison.Ordinal);
        Assert.Equal(PlanTiming.DryRun, plan.Items[1].Timing);
        Assert.All(plan.Items.Skip(2), i => Assert.Contains("MaxActionsPerRun (1)", i.Reason, StringComparison.Ordinal));
    }
}
