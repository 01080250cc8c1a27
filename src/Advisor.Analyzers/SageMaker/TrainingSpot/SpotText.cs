using System.Globalization;

namespace Advisor.Analyzers.SageMaker.TrainingSpot;

/// <summary>Invariant-culture formatting for training-spot summaries and evidence.</summary>
internal static class SpotText
{
    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Percent(decimal fraction) => fraction.ToString("0.#%", CultureInfo.InvariantCulture);

    public static string Usd(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture) + " USD";

    public static string Hours(TimeSpan time) => time.TotalHours.ToString("0.##", CultureInfo.InvariantCulture) + " h";
}
