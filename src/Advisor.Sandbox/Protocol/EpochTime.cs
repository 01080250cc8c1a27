using System.Globalization;

namespace Advisor.Sandbox.Protocol;

/// <summary>Epoch-second and ISO-8601 conversions used on the wire.</summary>
internal static class EpochTime
{
    public static DateTimeOffset FromSeconds(double seconds)
    {
        // Why: milliseconds are the finest resolution AWS timestamps carry.
        var ms = Math.Round(seconds * 1000d);
        if (double.IsNaN(ms) || ms < -62_135_596_800_000d || ms > 253_402_300_799_000d)
        {
            throw new WireInputException($"Timestamp {seconds.ToString(CultureInfo.InvariantCulture)} is out of range.");
        }

        return DateTimeOffset.FromUnixTimeMilliseconds((long)ms);
    }

    /// <summary>Epoch seconds with up to three decimals, as a JSON-friendly decimal (1785456000 or 1780300799.123).</summary>
    public static decimal ToSeconds(DateTimeOffset value) => value.ToUnixTimeMilliseconds() / 1000m;

    public static DateTimeOffset ParseIso(string text, string member)
    {
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
        {
            return value;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
        {
            return FromSeconds(seconds);
        }

        throw new WireInputException($"Member '{member}' must be an ISO-8601 timestamp, got '{text}'.");
    }

    public static string ToIso(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
