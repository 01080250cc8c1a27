using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Advisor.Host.Cli;

/// <summary>Validators that report a clear parse error instead of throwing on a value that does not convert.</summary>
internal static class OptionValidation
{
    /// <summary>Adds a range check that only runs when the token is a number (the parser already reports non-numbers).</summary>
    public static Option<int> InRange(this Option<int> option, int min, int max)
    {
        option.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1
                && int.TryParse(result.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
                && (value < min || value > max))
            {
                result.AddError($"{option.Name} must be between {min} and {max}, was {value}.");
            }
        });
        return option;
    }

    /// <summary>An absolute http(s) URL option (System.CommandLine has no Uri conversion).</summary>
    public static Option<Uri?> AbsoluteUrl(string name, string description) => new(name)
    {
        Description = description,
        CustomParser = Parse,
    };

    private static Uri? Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            return uri;
        }

        result.AddError($"'{text}' is not an absolute http(s) URL.");
        return null;
    }
}
