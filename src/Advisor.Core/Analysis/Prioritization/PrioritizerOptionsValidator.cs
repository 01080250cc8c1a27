using System.Globalization;
using Microsoft.Extensions.Options;

namespace Advisor.Core.Analysis.Prioritization;

/// <summary>Checks <see cref="PrioritizerOptions"/>; every message names the configuration key and the value it got.</summary>
public sealed class PrioritizerOptionsValidator : IValidateOptions<PrioritizerOptions>
{
    private const string Prefix = PrioritizerOptions.SectionName + ":";

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, PrioritizerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        // Why: weights and factors scale a saving down; 0 would hide it, more than 1 would inflate it.
        Fraction(failures, nameof(options.HighConfidenceWeight), options.HighConfidenceWeight);
        Fraction(failures, nameof(options.MediumConfidenceWeight), options.MediumConfidenceWeight);
        Fraction(failures, nameof(options.LowConfidenceWeight), options.LowConfidenceWeight);
        Fraction(failures, nameof(options.VeryLowEffortFactor), options.VeryLowEffortFactor);
        Fraction(failures, nameof(options.LowEffortFactor), options.LowEffortFactor);
        Fraction(failures, nameof(options.MediumEffortFactor), options.MediumEffortFactor);
        Fraction(failures, nameof(options.HighEffortFactor), options.HighEffortFactor);

        if (options.LowConfidenceWeight > options.MediumConfidenceWeight || options.MediumConfidenceWeight > options.HighConfidenceWeight)
        {
            failures.Add(Message(
                $"{Prefix}{nameof(options.HighConfidenceWeight)}, {nameof(options.MediumConfidenceWeight)} and {nameof(options.LowConfidenceWeight)} must not increase as confidence falls, were {options.HighConfidenceWeight}, {options.MediumConfidenceWeight} and {options.LowConfidenceWeight}"));
        }

        // Why: at the highest risk (4) the factor 1 − 4 × penalty must stay positive, or risky savings would score negative.
        if (options.RiskPenaltyPerLevel < 0 || options.RiskPenaltyPerLevel >= 0.25m)
        {
            failures.Add(Message($"{Prefix}{nameof(options.RiskPenaltyPerLevel)} must be at least 0 and below 0.25, was {options.RiskPenaltyPerLevel}"));
        }

        if (options.P2MinScore < 0)
        {
            failures.Add(Message($"{Prefix}{nameof(options.P2MinScore)} must be 0 or more, was {options.P2MinScore}"));
        }

        if (options.P1MinScore <= options.P2MinScore)
        {
            failures.Add(Message(
                $"{Prefix}{nameof(options.P1MinScore)} must be greater than {Prefix}{nameof(options.P2MinScore)}, were {options.P1MinScore} and {options.P2MinScore}"));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Fraction(List<string> failures, string key, decimal value)
    {
        if (value <= 0 || value > 1)
        {
            failures.Add(Message($"{Prefix}{key} must be more than 0 and at most 1, was {value}"));
        }
    }

    private static string Message(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
