using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Advisor.Sandbox;

namespace Advisor.Host.Cli;

/// <summary>
/// <c>--fault OPERATION=KIND[:RATE|xCOUNT]</c>, repeatable: faults the sandbox injects, to see how the advisor behaves when AWS
/// throttles, fails or denies. Examples: <c>*=throttle:0.3</c> (30% of all calls throttled), <c>CostExplorer.*=deny</c>,
/// <c>SageMaker.ListEndpoints=error500:x2</c> (the next two calls fail).
/// </summary>
internal static class FaultOption
{
    public static Option<FaultRule[]> Create() => new("--fault")
    {
        Description = "Inject sandbox faults: OPERATION=KIND[:RATE|xCOUNT], KIND = throttle, error500, error503, deny, delayMS "
            + "(e.g. '*=throttle:0.3', 'CostExplorer.*=deny'). Repeatable.",
        CustomParser = Parse,
        DefaultValueFactory = _ => [],
    };

    private static FaultRule[] Parse(ArgumentResult result)
    {
        var rules = new List<FaultRule>();
        foreach (var token in result.Tokens)
        {
            try
            {
                rules.Add(ParseOne(token.Value));
            }
            catch (ArgumentException ex)
            {
                result.AddError($"--fault '{token.Value}': {ex.Message}");
            }
        }

        return [.. rules];
    }

    internal static FaultRule ParseOne(string text)
    {
        var eq = text.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0)
        {
            throw new ArgumentException("expected OPERATION=KIND[:RATE|xCOUNT], e.g. '*=throttle:0.3'.");
        }

        var operation = text[..eq];
        var spec = text[(eq + 1)..].Split(':', 2);
        var kindText = spec[0].ToLowerInvariant();
        var delayMs = 0;
        FaultKind kind;
        if (kindText.StartsWith("delay", StringComparison.Ordinal))
        {
            kind = FaultKind.Delay;
            delayMs = int.TryParse(kindText["delay".Length..], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms)
                ? ms
                : throw new ArgumentException("a delay is written delayMS, e.g. delay250.");
        }
        else
        {
            kind = kindText switch
            {
                "throttle" => FaultKind.Throttle,
                "error500" => FaultKind.Error500,
                "error503" => FaultKind.Error503,
                "deny" => FaultKind.Deny,
                _ => throw new ArgumentException($"unknown kind '{spec[0]}'; use throttle, error500, error503, deny or delayMS."),
            };
        }

        var (rate, count) = spec.Length == 1 ? (1.0, (int?)null) : Amount(spec[1]);
        var rule = new FaultRule { Operation = operation, Kind = kind, Rate = count is null ? rate : null, Count = count, DelayMs = delayMs, Seed = 1 };
        rule.Validate();
        return rule;
    }

    private static (double Rate, int? Count) Amount(string text)
    {
        if (text.StartsWith('x') && int.TryParse(text[1..], NumberStyles.Integer, CultureInfo.InvariantCulture, out var count))
        {
            return (0, count);
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate)
            ? (rate, null)
            : throw new ArgumentException($"'{text}' is neither a rate (0.3) nor a count (x2).");
    }
}
