using System.Security.Cryptography;
using System.Text;
using Advisor.Core.Domain;
using Microsoft.Extensions.Options;

namespace Advisor.Core.Analysis.Prioritization;

/// <summary>
/// Turns findings into ranked recommendations: only <see cref="FindingKind.Recommend"/> findings with savings, one primary
/// per resource (the highest savings; the others become its alternatives), scored, ranked and bucketed.
/// </summary>
public sealed class Prioritizer
{
    /// <summary>Why: Compute Optimizer's risk scale runs from 0 (none) to 4 (very high).</summary>
    private const int MaxRisk = 4;

    private readonly PrioritizerOptions _options;

    /// <exception cref="OptionsValidationException">The options break a rule; the message names the key.</exception>
    public Prioritizer(PrioritizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var result = new PrioritizerOptionsValidator().Validate(Options.DefaultName, options);
        if (result.Failed)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(PrioritizerOptions), result.Failures);
        }

        _options = options;
    }

    /// <summary>Ranks the findings; the same findings give the same recommendations (ids, order) run after run.</summary>
    public IReadOnlyList<Recommendation> Prioritize(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var scored = findings
            .Where(f => f.Kind == FindingKind.Recommend && f.Savings is not null)
            .GroupBy(f => f.Resource.Key, StringComparer.Ordinal)
            .Select(group =>
            {
                var ordered = group
                    .OrderByDescending(f => f.Savings!.Amount)
                    .ThenByDescending(f => f.Confidence)
                    .ThenBy(f => f.AnalyzerId, StringComparer.Ordinal)
                    .ThenBy(f => f.Action, StringComparer.Ordinal)
                    .ToList();
                var primary = ordered[0];
                return (Primary: primary, Alternatives: ordered.Skip(1).ToList(), Score: Score(primary), Id: IdOf(primary));
            })
            .OrderByDescending(r => r.Score)
            .ThenByDescending(r => r.Primary.Savings!.Amount)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();

        return
        [
            .. scored.Select((r, index) => new Recommendation
            {
                Id = r.Id,
                Finding = r.Primary,
                Score = r.Score,
                Priority = Bucket(r.Score),
                Rank = index + 1,
                Alternatives = r.Alternatives,
            }),
        ];
    }

    /// <summary>savings × confidence weight × (1 − penalty × risk) × effort factor.</summary>
    public decimal Score(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        if (finding.Risk is < 0 or > MaxRisk)
        {
            throw new ArgumentException(
                $"Finding of analyzer '{finding.AnalyzerId}' for '{finding.Resource.Key}' has risk {finding.Risk}; risk must be 0 to {MaxRisk}.",
                nameof(finding));
        }

        var savings = finding.Savings?.Amount ?? 0m;
        return savings * Weight(finding.Confidence) * (1m - (_options.RiskPenaltyPerLevel * finding.Risk)) * Factor(finding.Effort);
    }

    /// <summary>"rec-" + the first 16 hex digits of SHA-256(analyzerId|resource key|action): stable across runs.</summary>
    public static string IdOf(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{finding.AnalyzerId}|{finding.Resource.Key}|{finding.Action}"));
        return "rec-" + Convert.ToHexStringLower(hash)[..16];
    }

    private Priority Bucket(decimal score) =>
        score >= _options.P1MinScore ? Priority.P1 : score >= _options.P2MinScore ? Priority.P2 : Priority.P3;

    private decimal Weight(Confidence confidence) => confidence switch
    {
        Confidence.High => _options.HighConfidenceWeight,
        Confidence.Medium => _options.MediumConfidenceWeight,
        _ => _options.LowConfidenceWeight,
    };

    private decimal Factor(Effort effort) => effort switch
    {
        Effort.VeryLow => _options.VeryLowEffortFactor,
        Effort.Low => _options.LowEffortFactor,
        Effort.Medium => _options.MediumEffortFactor,
        _ => _options.HighEffortFactor,
    };
}
