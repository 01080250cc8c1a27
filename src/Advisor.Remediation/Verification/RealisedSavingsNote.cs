using System.Globalization;
using System.Text.RegularExpressions;

namespace Advisor.Remediation.Verification;

/// <summary>
/// The note of a Verified/Regressed outcome event, which carries the observed figure so the report can read it back without a
/// schema change: <c>observed $123.45/month realised (planned $150.00/month) by action act-1</c>.
/// </summary>
public static partial class RealisedSavingsNote
{
    /// <summary>The note for an outcome.</summary>
    public static string Format(VerificationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return string.Create(CultureInfo.InvariantCulture,
            $"observed ${outcome.ObservedMonthly:0.00}/month realised (planned ${outcome.Entry.MonthlySavings:0.00}/month) by action {outcome.Entry.Id}");
    }

    /// <summary>The observed monthly figure of a note, or null when the note is not one of ours.</summary>
    public static decimal? Observed(string? note) =>
        note is not null && Pattern().Match(note) is { Success: true } m
            ? decimal.Parse(m.Groups[1].Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)
            : null;

    [GeneratedRegex(@"^observed \$(-?[0-9]+\.[0-9]+)/month realised", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
