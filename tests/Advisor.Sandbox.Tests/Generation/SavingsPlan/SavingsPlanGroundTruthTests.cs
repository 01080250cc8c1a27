using Advisor.Analyzers.SageMaker.SavingsPlan;
using Advisor.Core.Analysis;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Generation;
using Microsoft.Extensions.Options;

namespace Advisor.Sandbox.Tests.Generation.SavingsPlan;

/// <summary>
/// The <c>sagemaker-savings-plan</c> ground truth against an independent oracle (daily SageMaker spend recomputed from the estate's
/// resources and prices), and the real analyzer against the ground truth over the sandbox's own Cost Explorer answers.
/// </summary>
public sealed class SavingsPlanGroundTruthTests
{
    private const string Analyzer = "sagemaker-savings-plan";

    private static readonly DateTimeOffset Now = new(2026, 11, 26, 22, 0, 0, TimeSpan.Zero);

    public static TheoryData<int, int> SeedsAndScales => new() { { 1, 20 }, { 2, 20 }, { 3, 20 }, { 1, 300 }, { 2, 300 }, { 3, 300 } };

    [Theory]
    [MemberData(nameof(SeedsAndScales))]
    public void Ground_Truth_Holds_Exactly_The_Oracles_Verdict_For_The_Account(int seed, int scale)
    {
        var generated = EstateGenerator.Generate(new GeneratorOptions { Seed = seed, Scale = scale, Now = Now });
        var id = Analyzer + ":" + generated.Estate.AccountId;
        var expected = Oracle(generated.Estate);

        var opportunities = generated.GroundTruth.Opportunities.Where(o => o.Analyzer == Analyzer).ToList();
        var misses = generated.GroundTruth.NearMisses.Where(m => m.Analyzer == Analyzer).ToList();
        if (expected is { } savings)
        {
            var planted = Assert.Single(opportunities);
            Assert.Equal((id, savings), (planted.ResourceId, planted.MonthlySavings));
            Assert.Empty(misses);
        }
        else
        {
            Assert.Empty(opportunities);
            Assert.Equal(id, Assert.Single(misses).ResourceId);
        }
    }

    [Fact]
    public void A_Generated_Estate_With_Steady_Endpoints_Gets_A_Plan()
    {
        var generated = EstateGenerator.Generate(new GeneratorOptions { Seed = 1, Scale = 300, Now = Now });

        Assert.Contains(generated.GroundTruth.Opportunities, o => o.Analyzer == Analyzer && o.MonthlySavings > 50m);
    }

    [Theory]
    [MemberData(nameof(SeedsAndScales))]
    public void Analyzer_Has_Precision_And_Recall_Of_One_And_Savings_Within_Two_Percent(int seed, int scale)
    {
        var generated = EstateGenerator.Generate(new GeneratorOptions { Seed = seed, Scale = scale, Now = Now });
        var analyzer = new SageMakerSavingsPlanAnalyzer(Options.Create(new SageMakerSavingsPlanOptions()));

        var recommended = analyzer.Analyze(SavingsPlanSnapshotMapper.Map(generated.Estate), new AnalysisContext(BundledPriceBook.Default))
            .Where(f => f.Kind == FindingKind.Recommend)
            .ToDictionary(f => f.Resource.Id, f => f.Savings!.Amount, StringComparer.Ordinal);
        var planted = generated.GroundTruth.Opportunities.Where(o => o.Analyzer == Analyzer)
            .ToDictionary(o => o.ResourceId, o => o.MonthlySavings, StringComparer.Ordinal);

        Assert.Equal(planted.Keys.Order(StringComparer.Ordinal), recommended.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, savings) in planted)
        {
            Assert.InRange(recommended[id], savings * 0.98m, savings * 1.02m);
        }
    }

    /// <summary>The rule restated from the brief, over spend recomputed from the resources: null when no plan is recommended.</summary>
    private static decimal? Oracle(SandboxEstate estate)
    {
        var today = DateOnly.FromDateTime(estate.Now.UtcDateTime);
        var spend = Enumerable.Range(1, 30).Select(i => SageMakerSpend(estate, today.AddDays(-i))).ToList();
        var recent = spend.Take(14).ToList();
        if (recent.Count(s => s > 0m) < 7)
        {
            return null;
        }

        var commitment = Math.Floor(spend.Min() / 24m * 0.8m * 1000m) / 1000m;
        if (commitment <= 0m)
        {
            return null;
        }

        var floor = recent.Min() / 24m;
        var monthly = (commitment / 0.8m - commitment) * 730m * Math.Min(1m, floor / commitment);
        var savings = Math.Round(monthly, 2, MidpointRounding.AwayFromZero);
        return savings > 50m ? savings : null;
    }

    private static decimal SageMakerSpend(SandboxEstate estate, DateOnly day)
    {
        decimal Price(string type, PriceComponent component) => BundledPriceBook.Default.Find(type, estate.Region, component)?.HourlyUsd ?? 0m;
        bool Before(DateTimeOffset t) => DateOnly.FromDateTime(t.UtcDateTime) < day;
        var configs = estate.EndpointConfigs.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var hosting = estate.Endpoints.Where(e => e.Status == "InService" && Before(e.CreationTime) && configs.ContainsKey(e.ConfigName))
            .SelectMany(e => configs[e.ConfigName].Variants)
            .Where(v => v.InstanceType is not null && v.InstanceCount is > 0)
            .Sum(v => Price(v.InstanceType!, PriceComponent.Hosting) * v.InstanceCount!.Value * 24m);
        var notebooks = estate.NotebookInstances.Where(n => n.Status == "InService" && Before(n.CreationTime))
            .Sum(n => Price(n.InstanceType, PriceComponent.Notebook) * 24m);
        var training = estate.TrainingJobs
            .Where(j => (j.BillableSeconds ?? j.TrainingSeconds) is > 0 && DateOnly.FromDateTime((j.TrainingEndTime ?? j.CreationTime).UtcDateTime) == day)
            .Sum(j => (decimal)(j.BillableSeconds ?? j.TrainingSeconds)!.Value * j.InstanceCount / 3600m * Price(j.InstanceType, PriceComponent.Training));
        return hosting + notebooks + training;
    }
}
