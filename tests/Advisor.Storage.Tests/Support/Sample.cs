using Advisor.Core.Domain;
using Advisor.Storage.Recommendations;

namespace Advisor.Storage.Tests.Support;

/// <summary>Builders for recommendations and runs as the cycle would hand them to the store.</summary>
internal static class Sample
{
    public const string Account = "123456789012";
    public const string Region = "us-east-1";
    public const string Idle = "sagemaker-endpoint-idle";

    public static string IdOf(string resource, string analyzer = Idle, string account = Account, string region = Region) =>
        analyzer + "|" + account + "|" + region + "|" + resource;

    public static MergeItem Item(
        string resource,
        decimal savings,
        string analyzer = Idle,
        string account = Account,
        string region = Region,
        Priority priority = Priority.P2,
        string? team = null,
        string document = "{}")
    {
        var finding = new Finding
        {
            AnalyzerId = analyzer,
            Kind = FindingKind.Recommend,
            Resource = new ResourceRef(resource, "arn:aws:sagemaker:" + region + ":" + account + ":endpoint/" + resource, ResourceTypes.SageMakerEndpoint, account, region),
            Action = "delete-endpoint",
            Summary = "Endpoint " + resource + " had no invocations.",
            Savings = new MonthlySavings(savings, CostBasis.ListOnDemand),
            Confidence = Confidence.High,
            Risk = 1,
            Effort = Effort.Low,
        };
        var recommendation = new Recommendation { Id = IdOf(resource, analyzer, account, region), Finding = finding, Score = savings / 10m, Priority = priority, Rank = 1 };
        return new MergeItem(recommendation, document, team);
    }

    public static EvaluatedScope Scope(string analyzer = Idle, string account = Account, string region = Region) => new(account, region, analyzer);

    public static RunMerge Run(string runId, DateTimeOffset at, IReadOnlyList<MergeItem> items, params EvaluatedScope[] evaluated) =>
        new(runId, at, items, evaluated);
}
