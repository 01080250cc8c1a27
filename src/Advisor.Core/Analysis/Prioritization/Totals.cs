using Advisor.Core.Domain;

namespace Advisor.Core.Analysis.Prioritization;

/// <summary>Headline figures over ranked recommendations: primaries only, each resource counted once.</summary>
public static class Totals
{
    /// <summary>
    /// Σ monthly savings of the primary findings; alternatives never count, and a resource listed twice
    /// (e.g. recommendations from two runs merged) counts once, at its highest primary saving.
    /// </summary>
    public static decimal TotalMonthlySavings(IEnumerable<Recommendation> recommendations)
    {
        ArgumentNullException.ThrowIfNull(recommendations);
        return recommendations
            .Where(r => r.Finding.Savings is not null)
            .GroupBy(r => r.Finding.Resource.Key, StringComparer.Ordinal)
            .Sum(g => g.Max(r => r.Finding.Savings!.Amount));
    }
}
