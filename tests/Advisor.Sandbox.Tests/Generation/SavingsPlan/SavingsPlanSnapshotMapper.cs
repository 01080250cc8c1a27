using System.Globalization;
using System.Text.Json;
using Advisor.Core.Snapshots;
using Advisor.Sandbox.CostExplorer;
using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Tests.Generation.SavingsPlan;

/// <summary>
/// Maps a generated estate to the <see cref="CostData"/> the collector would read: 14 days of daily rows (service × usage type) from
/// the sandbox's ledger and the SAGEMAKER_SP recommendation from the sandbox's own operation (one year, no upfront, 30 days).
/// </summary>
internal static class SavingsPlanSnapshotMapper
{
    public static ScopeSnapshot Map(SandboxEstate estate)
    {
        var ledger = new CostLedger(estate);
        var start = ledger.Today.AddDays(-14);
        var daily = Enumerable.Range(0, 14).Select(start.AddDays)
            .SelectMany(d => ledger.LinesOf(d).GroupBy(l => (l.Service, l.UsageType))
                .Select(g => new DailyCost(d, g.Key.Service, g.Key.UsageType, g.Sum(l => l.Cost), g.Sum(l => l.Hours), "Hrs")))
            .ToList();
        var costs = new CostData { FetchedAt = estate.Now, Start = start, End = ledger.Today, Daily = daily, SavingsPlan = Recommendation(ledger) };
        var inventory = new ScopeInventory(new Scope(estate.AccountId, estate.Region), []);
        var window = new AnalysisWindow(estate.Now.AddDays(-14), estate.Now, TimeSpan.FromHours(1));
        return new ScopeSnapshot(inventory, window, MetricSet.Empty, [new SourceStatus(Sources.CostExplorer, SourceHealth.Healthy)], estate.Now)
        {
            Costs = costs,
        };
    }

    private static SavingsPlanRecommendation? Recommendation(CostLedger ledger)
    {
        using var input = JsonDocument.Parse(
            """{"SavingsPlansType":"SAGEMAKER_SP","TermInYears":"ONE_YEAR","PaymentOption":"NO_UPFRONT","LookbackPeriodInDays":"THIRTY_DAYS"}""");
        using var output = JsonDocument.Parse(new SavingsPlansRecommendationOperation(ledger).Handle(input.RootElement));
        var root = output.RootElement.GetProperty("SavingsPlansPurchaseRecommendation");
        if (!root.TryGetProperty("SavingsPlansPurchaseRecommendationSummary", out var summary))
        {
            return null;
        }

        return new SavingsPlanRecommendation
        {
            Term = "ONE_YEAR",
            PaymentOption = "NO_UPFRONT",
            LookbackDays = 30,
            HourlyCommitment = Number(summary, "HourlyCommitmentToPurchase"),
            EstimatedMonthlySavings = Number(summary, "EstimatedMonthlySavingsAmount"),
        };
    }

    private static decimal Number(JsonElement element, string name) =>
        decimal.Parse(element.GetProperty(name).GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture);
}
