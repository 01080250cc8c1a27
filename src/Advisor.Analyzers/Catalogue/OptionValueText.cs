using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Advisor.Analyzers.Catalogue;

/// <summary>How option types, values and ranges read in the catalogue: as they would be written in configuration.</summary>
internal static class OptionValueText
{
    /// <summary>True for values the configuration binder sets from one string (not a nested section or a list).</summary>
    public static bool IsScalar(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(TimeSpan)
            || t == typeof(DateTimeOffset) || t == typeof(DateTime) || t == typeof(Guid) || t == typeof(Uri)
            || t == typeof(DateOnly) || t == typeof(TimeOnly);
    }

    /// <summary>True for lists, arrays and dictionaries (bound from numbered or named child keys).</summary>
    public static bool IsCollection(Type type) => type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type);

    /// <summary>The kind of value in words, e.g. <c>integer</c>, <c>duration (d.hh:mm:ss)</c>, <c>one of Low, High</c>.</summary>
    public static string TypeName(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            return TypeName(underlying) + " (optional)";
        }

        if (type.IsEnum)
        {
            return "one of " + string.Join(", ", Enum.GetNames(type));
        }

        if (type.IsArray)
        {
            return "list of " + TypeName(type.GetElementType()!);
        }

        if (IsCollection(type) && type.IsGenericType)
        {
            var arguments = type.GetGenericArguments();
            return arguments.Length == 2
                ? "map of " + TypeName(arguments[0]) + " to " + TypeName(arguments[1])
                : "list of " + TypeName(arguments[0]);
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32
                or TypeCode.Int64 or TypeCode.UInt64 => "integer",
            TypeCode.Single or TypeCode.Double => "number",
            TypeCode.Decimal => "decimal",
            TypeCode.Boolean => "true/false",
            TypeCode.String => "text",
            _ when type == typeof(TimeSpan) => "duration (d.hh:mm:ss)",
            _ when type == typeof(DateTimeOffset) => "date and time (ISO 8601)",
            _ => type.Name,
        };
    }

    /// <summary>A default value as configuration would spell it (invariant culture); lists as <c>[a, b]</c>.</summary>
    public static string Value(object? value) => value switch
    {
        null => "(none)",
        string s => s.Length == 0 ? "\"\"" : s,
        bool b => b ? "true" : "false",
        TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
        DateTimeOffset moment => moment.ToString("O", CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        IDictionary map => "{" + string.Join(", ", map.Keys.Cast<object>()
            .Select(k => Value(k) + ": " + Value(map[k]))
            .Order(StringComparer.Ordinal)) + "}",
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Value)) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    /// <summary>The <see cref="RangeAttribute"/> bounds in words (<c>1–100</c>, <c>≥ 0</c>), or empty.</summary>
    public static string Allowed(RangeAttribute? range)
    {
        if (range is null)
        {
            return string.Empty;
        }

        var minimum = IsUnbounded(range.Minimum) ? null : Value(range.Minimum);
        var maximum = IsUnbounded(range.Maximum) ? null : Value(range.Maximum);
        return (minimum, maximum) switch
        {
            (null, null) => string.Empty,
            (not null, null) => (range.MinimumIsExclusive ? "> " : "≥ ") + minimum,
            (null, not null) => (range.MaximumIsExclusive ? "< " : "≤ ") + maximum,
            _ => minimum + (range.MinimumIsExclusive ? " (exclusive)" : string.Empty) + " to " + maximum
                + (range.MaximumIsExclusive ? " (exclusive)" : string.Empty),
        };
    }

    // Why: attributes spell "no bound" as a type's extreme (int.MaxValue, double.MaxValue); [Range(0L, long.MaxValue)]
    // binds the double overload, so long's extremes arrive as ±9.2E+18. Printing any of these is noise.
    private static bool IsUnbounded(object bound) => bound switch
    {
        int i => i is int.MaxValue or int.MinValue,
        long l => l is long.MaxValue or long.MinValue,
        double d => double.IsInfinity(d) || Math.Abs(d) >= long.MaxValue,
        string s => s is "79228162514264337593543950335" or "-79228162514264337593543950335",
        _ => false,
    };
}
