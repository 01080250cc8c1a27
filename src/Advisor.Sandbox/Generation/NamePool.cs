using System.Globalization;

namespace Advisor.Sandbox.Generation;

/// <summary>Draws unique, realistic endpoint names (<c>fraud-scoring-prod-17</c>) with the owning team and environment.</summary>
internal sealed class NamePool(Random rng, int scale)
{
    private static readonly (string App, string Team)[] Apps =
    [
        ("fraud-scoring", "risk"), ("credit-risk", "risk"), ("kyc-verify", "risk"), ("recsys-ranker", "personalization"),
        ("recsys-retrieval", "personalization"), ("next-best-offer", "personalization"), ("search-embeddings", "search"),
        ("query-rewrite", "search"), ("llm-chat", "genai"), ("llm-summarize", "genai"), ("doc-classifier", "genai"),
        ("image-moderation", "trust-safety"), ("vision-defects", "manufacturing"), ("ocr-extract", "documents"),
        ("speech-to-text", "voice"), ("translation", "voice"), ("demand-forecast", "supply-chain"), ("eta-predict", "logistics"),
        ("route-optimizer", "logistics"), ("price-optimizer", "pricing"), ("ads-ctr", "ads"), ("churn-predict", "growth"),
        ("support-intent", "customer-care"), ("sentiment", "customer-care"), ("anomaly-detect", "platform"),
    ];

    // Why: most endpoints in a real account are production; staging and dev copies are fewer.
    private static readonly (string Env, double Weight)[] Envs = [("prod", 0.5), ("staging", 0.3), ("dev", 0.2)];

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    // Why: numbers up to 99 look like real fleets; larger estates need a wider range to stay unique without many retries.
    private readonly int _maxNumber = Math.Max(99, scale / 4);

    public (string Name, string App, string Team, string Env) Next()
    {
        while (true)
        {
            var (app, team) = Apps[rng.Next(Apps.Length)];
            var env = PickEnv();
            var name = string.Create(CultureInfo.InvariantCulture, $"{app}-{env}-{rng.Next(1, _maxNumber + 1)}");
            if (_used.Add(name))
            {
                return (name, app, team, env);
            }
        }
    }

    private string PickEnv()
    {
        var x = rng.NextDouble();
        foreach (var (env, weight) in Envs)
        {
            x -= weight;
            if (x < 0)
            {
                return env;
            }
        }

        return Envs[^1].Env;
    }
}
