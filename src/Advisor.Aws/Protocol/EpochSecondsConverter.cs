using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Advisor.Aws.Protocol;

/// <summary>
/// AWS JSON protocol timestamps: epoch seconds as a JSON number, often fractional (<c>1529870369.986</c>), both ways.
/// Read through <see cref="decimal"/> so the fraction is exact to the tick; written with millisecond precision.
/// </summary>
public sealed class EpochSecondsConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (!reader.TryGetDecimal(out var seconds))
            {
                throw new JsonException("A timestamp is not a valid number of epoch seconds.");
            }

            return FromEpochSeconds(seconds);
        }

        if (reader.TokenType == JsonTokenType.String)
        {
            // Why: tolerate a number sent as a string or an ISO 8601 text; neither is what the models say, but both are unambiguous.
            var text = reader.GetString() ?? string.Empty;
            if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            {
                return FromEpochSeconds(seconds);
            }

            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return parsed.ToUniversalTime();
            }

            throw new JsonException($"\"{text}\" is not a timestamp (expected epoch seconds).");
        }

        throw new JsonException($"A timestamp must be a number of epoch seconds, not {reader.TokenType}.");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);

        // Why: AWS accepts millisecond fractions; whole seconds are written without a fraction ("1785456000").
        var milliseconds = value.ToUnixTimeMilliseconds();
        writer.WriteNumberValue(milliseconds % 1000 == 0 ? milliseconds / 1000 : milliseconds / 1000m);
    }

    /// <summary>Epoch seconds (with any fraction) as a UTC <see cref="DateTimeOffset"/>.</summary>
    public static DateTimeOffset FromEpochSeconds(decimal seconds)
    {
        // Why: the DateTimeOffset range ends in year 9999 (about 2.5e11 s); beyond that the value cannot be a real AWS timestamp.
        if (seconds is < -62_135_596_800m or > 253_402_300_799m)
        {
            throw new JsonException($"Timestamp {seconds.ToString(CultureInfo.InvariantCulture)} is out of range for epoch seconds.");
        }

        return DateTimeOffset.UnixEpoch.AddTicks((long)decimal.Round(seconds * TimeSpan.TicksPerSecond));
    }
}
