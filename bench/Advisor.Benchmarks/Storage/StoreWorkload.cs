using System.Globalization;
using System.Text.Json;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Host.Publishing;
using Advisor.Storage.Recommendations;

namespace Advisor.Benchmarks.Storage;

/// <summary>
/// Two consecutive daily runs of one scope with <c>N</c> recommendations each, built as the daemon builds them
/// (<c>RunMergeBuilder</c>: the published <see cref="RecommendationDocument"/> JSON and the owning team): the second run
/// keeps most of the first (still open), drops a few (resolved), finds a few new (created) and re-prices some (savings changed).
/// </summary>
public sealed class StoreWorkload
{
    public const string Account = "123456789012";
    public const string Region = "us-east-1";

    /// <summary>Why these five: the endpoint analyzers that produce most recommendations in a real estate.</summary>
    private static readonly string[] Analyzers =
    [
        "sagemaker-endpoint-idle", "sagemaker-endpoint-rightsize", "sagemaker-endpoint-autoscaling",
        "sagemaker-endpoint-consolidation", "ml-previous-generation",
    ];

    /// <summary>Why eight: a mid-sized organisation's number of ML teams tagging their endpoints.</summary>
    private static readonly string[] Teams = ["search", "ads", "vision", "speech", "risk", "recsys", "nlp", "platform"];

    private StoreWorkload(RunMerge previous, RunMerge current)
    {
        Previous = previous;
        Current = current;
    }

    /// <summary>Yesterday's run: recommendations 0 … N−1.</summary>
    public RunMerge Previous { get; }

    /// <summary>Today's run: recommendations churn … N+churn−1, every tenth one re-priced.</summary>
    public RunMerge Current { get; }

    /// <summary>Builds both runs for <paramref name="count"/> recommendations, ending at <paramref name="now"/>.</summary>
    public static StoreWorkload Create(int count, DateTimeOffset now)
    {
        // Why 3 %: a daily run of a steady estate creates and resolves a few percent of its recommendations.
        var churn = Math.Max(1, count * 3 / 100);
        var evaluated = Analyzers.Select(a => new EvaluatedScope(Account, Region, a)).ToList();
        var yesterday = now.AddDays(-1);
        var previous = Enumerable.Range(0, count).Select(i => Item(i, yesterday, repriced: false)).ToList();
        // Why every tenth: daily usage moves some savings figures by a few cents, which writes a savings-changed event.
        var current = Enumerable.Range(churn, count).Select(i => Item(i, now, repriced: i % 10 == 0)).ToList();
        return new StoreWorkload(
            new RunMerge("bench-previous", yesterday, previous, evaluated),
            new RunMerge("bench-current", now, current, evaluated));
    }

    private static MergeItem Item(int index, DateTimeOffset at, bool repriced)
    {
        var analyzer = Analyzers[index % Analyzers.Length];
        var name = "endpoint-" + index.ToString("D5", CultureInfo.InvariantCulture);
        // Why the spread: hourly prices from $0.23 (ml.m5.large) to a few dollars, so savings sort into a realistic order.
        var hourly = 0.23m + (index * 7919 % 400) / 100m + (repriced ? 0.01m : 0m);
        var monthly = MonthlySavings.FromHourly(hourly);
        var finding = new Finding
        {
            AnalyzerId = analyzer,
            Kind = FindingKind.Recommend,
            Resource = new ResourceRef(name, $"arn:aws:sagemaker:{Region}:{Account}:endpoint/{name}", ResourceTypes.SageMakerEndpoint, Account, Region),
            Action = "delete-endpoint",
            Summary = $"Endpoint {name} served no invocations in the last 14 days; deleting it saves its hosting cost.",
            Savings = new MonthlySavings(monthly, CostBasis.ListOnDemand),
            Confidence = Confidence.High,
            Risk = 1,
            Effort = Effort.Low,
            Evidence = Evidence(at, hourly, monthly),
        };
        var recommendation = new Recommendation
        {
            Id = $"{analyzer}|{Account}|{Region}|{name}",
            Finding = finding,
            Score = monthly / 10m,
            Priority = monthly > 1000m ? Priority.P1 : Priority.P2,
            Rank = index + 1,
        };
        var json = JsonSerializer.Serialize(RecommendationDocument.From(recommendation), RecommendationsDocument.JsonOptions);
        return new MergeItem(recommendation, json, Teams[index % Teams.Length]);
    }

    private static Evidence Evidence(DateTimeOffset at, decimal hourly, decimal monthly) => new()
    {
        // Why 14 days of hourly points: the idle analyzer's default observation window.
        Window = new ObservationWindow(at.AddDays(-14), at, TimeSpan.FromHours(1), "Sum", 1.0, 336, 336),
        Prices = [new PriceQuote("ml.g5.xlarge", Region, PriceComponent.Hosting, hourly, "price-list", "2026-11-01")],
        Formula = "hourly price × instance count × 730 h",
        Lines = [new SavingsLine("ml.g5.xlarge × 1", hourly, 1m, monthly)],
        Observations = new Dictionary<string, object?>
        {
            ["invocationsSum"] = 0,
            ["instanceCount"] = 1,
            ["createdDaysAgo"] = 120,
            ["lastInvocation"] = null,
        },
    };
}
