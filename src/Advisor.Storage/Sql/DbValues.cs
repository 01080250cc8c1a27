using System.Globalization;

namespace Advisor.Storage.Sql;

/// <summary>Conversions between column values (whatever the provider returns) and domain types.</summary>
internal static class DbValues
{
    /// <summary>Fixed-width UTC ISO-8601, so text order equals time order in SQLite.</summary>
    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    /// <summary>
    /// Times are kept to the microsecond on both databases.
    /// Why: PostgreSQL's timestamptz has microsecond resolution; truncating SQLite the same way keeps the two identical.
    /// </summary>
    public static DateTimeOffset ToMicroseconds(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }

    public static string TimeText(DateTimeOffset value) =>
        ToMicroseconds(value).UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    public static DateTimeOffset ReadTime(object value) => value switch
    {
        string text => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        // Why: timestamptz comes back as a UTC DateTime; an unspecified kind is still UTC (never the machine's local zone).
        DateTime dateTime => new DateTimeOffset(
            dateTime.Kind == DateTimeKind.Local ? dateTime.ToUniversalTime() : DateTime.SpecifyKind(dateTime, DateTimeKind.Utc), TimeSpan.Zero),
        DateTimeOffset offset => offset.ToUniversalTime(),
        _ => throw new InvalidOperationException("Unexpected time column type " + value.GetType().Name + "."),
    };

    public static DateTimeOffset? ReadTimeOrNull(object? value) =>
        value is null or DBNull ? null : ReadTime(value);

    public static decimal ReadMoney(object value) => value switch
    {
        string text => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture),
        decimal amount => amount,
        double number => (decimal)number,
        long integer => integer,
        int integer => integer,
        _ => throw new InvalidOperationException("Unexpected money column type " + value.GetType().Name + "."),
    };

    public static decimal? ReadMoneyOrNull(object? value) =>
        value is null or DBNull ? null : ReadMoney(value);

    public static string MoneyText(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static TEnum ReadEnum<TEnum>(string value) where TEnum : struct, Enum => Enum.Parse<TEnum>(value, ignoreCase: false);
}
