using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;
using Advisor.Remediation.Verification;
using Advisor.Storage.Journal;

namespace Advisor.Remediation.Tests.Verification;

/// <summary>The verdict from Cost Explorer days around an action: the observed monthly drop against half the planned savings.</summary>
public sealed class RealisedSavingsVerifierTests
{
    private static readonly DateOnly ActionDay = new(2026, 11, 10);
    private static readonly IReadOnlyList<string> Hosting = [UsageTypeMatch.Suffix(PriceComponent.Hosting, "ml.m5.xlarge")];
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    [Fact]
    public void A_Full_Drop_Is_Verified_With_The_Observed_Monthly_Figure()
    {
        // $24/day before, $0 after: 24 × 730 / 24 = $730/month observed.
        var outcome = RealisedSavingsVerifier.Evaluate(Entry(planned: 730m), Hosting, Costs(before: 24m, after: 0m), Week);

        Assert.Equal(RealisedVerdict.Verified, outcome.Verdict);
        Assert.Equal(730m, outcome.ObservedMonthly);
        Assert.Equal(24m, outcome.DailyBefore);
        Assert.Equal(0m, outcome.DailyAfter);
    }

    [Fact]
    public void A_Bill_That_Did_Not_Fall_Is_Regressed()
    {
        var outcome = RealisedSavingsVerifier.Evaluate(Entry(planned: 730m), Hosting, Costs(before: 24m, after: 24m), Week);

        Assert.Equal(RealisedVerdict.Regressed, outcome.Verdict);
        Assert.Equal(0m, outcome.ObservedMonthly);
    }

    [Theory]
    [InlineData(12, "Verified")]
    [InlineData(11.9, "Regressed")]
    public void Half_The_Planned_Savings_Is_The_Boundary(double dailyDrop, string expected)
    {
        // Planned $730/month = $24/day; half is $12/day.
        var outcome = RealisedSavingsVerifier.Evaluate(Entry(planned: 730m), Hosting, Costs(before: 24m, after: 24m - (decimal)dailyDrop), Week);

        Assert.Equal(expected, outcome.Verdict?.ToString());
    }

    [Fact]
    public void Too_Few_Days_After_The_Action_Give_No_Verdict()
    {
        var costs = Costs(before: 24m, after: 0m) with { End = ActionDay.AddDays(5) };

        var outcome = RealisedSavingsVerifier.Evaluate(Entry(planned: 730m), Hosting, costs, Week);

        Assert.Null(outcome.Verdict);
    }

    [Fact]
    public void Too_Few_Days_Before_The_Action_Give_No_Verdict()
    {
        var costs = Costs(before: 24m, after: 0m) with { Start = ActionDay.AddDays(-3) };

        var outcome = RealisedSavingsVerifier.Evaluate(Entry(planned: 730m), Hosting, costs, Week);

        Assert.Null(outcome.Verdict);
    }

    [Fact]
    public void Other_Usage_Types_Do_Not_Count()
    {
        var costs = Costs(before: 24m, after: 0m);
        costs = costs with { Daily = [.. costs.Daily, .. Days(ActionDay.AddDays(1), 7, "USE1-Host:ml.g5.xlarge", 500m)] };

        var outcome = RealisedSavingsVerifier.Evaluate(Entry(planned: 730m), Hosting, costs, Week);

        Assert.Equal(730m, outcome.ObservedMonthly);
    }

    [Fact]
    public void The_Note_Carries_The_Observed_Figure_Back()
    {
        var outcome = RealisedSavingsVerifier.Evaluate(Entry(planned: 730m), Hosting, Costs(before: 24m, after: 6m), Week);

        var note = RealisedSavingsNote.Format(outcome);

        Assert.Equal(547.5m, RealisedSavingsNote.Observed(note));
        Assert.Null(RealisedSavingsNote.Observed("approved by ana"));
    }

    /// <summary>Seven days before and seven after the action day at the given daily cost (the action day itself is half and half).</summary>
    internal static CostData Costs(decimal before, decimal after, string usageType = "USE1-Host:ml.m5.xlarge") => new()
    {
        FetchedAt = DateTimeOffset.Parse("2026-11-20T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
        Start = ActionDay.AddDays(-7),
        End = ActionDay.AddDays(8),
        Daily = [.. Days(ActionDay.AddDays(-7), 7, usageType, before), .. Days(ActionDay, 1, usageType, (before + after) / 2m), .. Days(ActionDay.AddDays(1), 7, usageType, after)],
    };

    internal static JournalEntry Entry(decimal planned) => new()
    {
        Id = "act-1",
        IdempotencyKey = "rec-1|delete-endpoint|x",
        RecommendationId = "rec-1",
        ActionKind = "delete-endpoint",
        Resource = new ResourceRef("idle-1", "arn:aws:sagemaker:us-east-1:123456789012:endpoint/idle-1", ResourceTypes.SageMakerEndpoint, "123456789012", "us-east-1"),
        State = JournalState.Succeeded,
        MonthlySavings = planned,
        DryRun = false,
        PlannedAt = new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero),
        CompletedAt = new DateTimeOffset(2026, 11, 10, 10, 0, 0, TimeSpan.Zero),
        UpdatedAt = new DateTimeOffset(2026, 11, 10, 10, 0, 0, TimeSpan.Zero),
    };

    private static IEnumerable<DailyCost> Days(DateOnly from, int count, string usageType, decimal cost) =>
        Enumerable.Range(0, count).Select(i => new DailyCost(from.AddDays(i), "Amazon SageMaker", usageType, cost, cost == 0m ? 0m : 24m, "Hrs"));
}
