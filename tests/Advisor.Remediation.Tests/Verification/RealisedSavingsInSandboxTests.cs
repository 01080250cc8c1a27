using Advisor.Aws.Collection.Costs;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Remediation.Tests.Support;
using Advisor.Remediation.Verification;
using Advisor.Storage.Journal;
using Advisor.Storage.Recommendations;
using Microsoft.Extensions.Logging.Abstractions;

namespace Advisor.Remediation.Tests.Verification;

/// <summary>End to end: delete an idle endpoint, let a week pass on the sandbox's bill, collect Cost Explorer, verify.</summary>
public sealed class RealisedSavingsInSandboxTests
{
    [Fact]
    public async Task A_Deleted_Idle_Endpoint_Is_Verified_From_Cost_Explorer_A_Week_Later()
    {
        await using var engine = await Engine.StartAsync();
        var rig = engine.Rig;
        var endpoint = rig.TaggedIdle("true")[0];
        var variants = rig.Estate.EndpointConfigs.Single(c => c.Name == endpoint.ConfigName).Variants.Where(v => v.InstanceType is not null).ToList();
        var hourly = variants.Sum(v => BundledPriceBook.Default.Find(v.InstanceType!, rig.Estate.Region, PriceComponent.Hosting)!.HourlyUsd * v.InstanceCount!.Value);
        var planned = decimal.Round(hourly * 730m, 2);
        var recommendation = rig.DeleteRecommendation(endpoint.Name);
        recommendation = recommendation with { Finding = recommendation.Finding with { Savings = new MonthlySavings(planned, CostBasis.ListOnDemand) } };
        await engine.Store.Recommendations.MergeAsync(new RunMerge("run-1", rig.Time.GetUtcNow(), [new MergeItem(recommendation, "{}", null)],
            [new EvaluatedScope(rig.Estate.AccountId, rig.Estate.Region, "test")]));

        await engine.Planner.PlanAsync([recommendation], preview: false, CancellationToken.None);
        var entry = Assert.Single(await engine.Executor.RunAsync(CancellationToken.None));
        Assert.Equal(JournalState.Succeeded, entry.State);
        rig.Time.Advance(TimeSpan.FromDays(9));
        var collector = new CostCollector(rig.Factory.CreateCostExplorer(rig.Server.BaseUrl), new InMemoryCostCache(),
            new CostCollectorOptions { LookbackDays = 20 }, rig.Time, NullLogger<CostCollector>.Instance);
        var (costs, _) = await collector.CollectAsync(rig.Estate.AccountId, CancellationToken.None);
        var verifier = new RealisedSavingsVerifier(engine.Store.Recommendations, engine.Options, rig.Time, NullLogger<RealisedSavingsVerifier>.Instance);

        var suffixes = variants.Select(v => UsageTypeMatch.Suffix(PriceComponent.Hosting, v.InstanceType!)).Distinct().ToList();
        Assert.Equal(suffixes, await new UsageTypeResolver(rig.Clients).ResolveAsync(entry, null, CancellationToken.None));
        var outcome = Assert.Single(await verifier.VerifyAsync([(entry, suffixes)], costs!, CancellationToken.None));

        Assert.Equal(RealisedVerdict.Verified, outcome.Verdict);
        Assert.InRange(outcome.ObservedMonthly, planned - 0.05m, planned + 0.05m);
        Assert.Equal(RecommendationStatus.Verified, (await engine.Store.Recommendations.GetAsync(recommendation.Id))!.Status);
        var note = (await engine.Store.Recommendations.HistoryAsync(recommendation.Id))[^1].Note;
        Assert.Equal(outcome.ObservedMonthly, RealisedSavingsNote.Observed(note));
        Assert.Empty(await verifier.VerifyAsync([(entry, suffixes)], costs!, CancellationToken.None));
    }
}
