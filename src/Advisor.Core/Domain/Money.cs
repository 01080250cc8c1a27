using System.Globalization;

namespace Advisor.Core.Domain;

/// <summary>What a dollar figure rests on (after OpenCost's explicit cost measures: no number is "just cost").</summary>
public enum CostBasis
{
    /// <summary>On-demand list price from the Price List API or the bundled table.</summary>
    ListOnDemand,

    /// <summary>List price scaled by the ratio Cost Explorer shows the resource's usage type actually billing at.</summary>
    Net,
}

/// <summary>A monthly USD amount and the basis it was computed on.</summary>
public sealed record MonthlySavings(decimal Amount, CostBasis Basis)
{
    /// <summary>Why: AWS and every peer tool quote a month as 730 hours (8,760 / 12).</summary>
    public const decimal HoursPerMonth = 730m;

    /// <summary>Monthly figure from an hourly rate: hourly × 730, rounded to the cent (away from zero).</summary>
    public static decimal FromHourly(decimal hourly) => RoundCents(hourly * HoursPerMonth);

    /// <summary>Rounds to cents the way every report does, so two sides of a comparison agree to the cent.</summary>
    public static decimal RoundCents(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    public override string ToString() => Amount.ToString("0.00", CultureInfo.InvariantCulture) + " USD/month (" + Basis + ")";
}
