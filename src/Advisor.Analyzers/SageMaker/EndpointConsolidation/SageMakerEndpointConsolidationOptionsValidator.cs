using System.Globalization;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.SageMaker.EndpointConsolidation;

/// <summary>Rules on <see cref="SageMakerEndpointConsolidationOptions"/>; every message names the full configuration key and the value it got.</summary>
public sealed class SageMakerEndpointConsolidationOptionsValidator : IValidateOptions<SageMakerEndpointConsolidationOptions>
{
    private const string Section = SageMakerEndpointConsolidationOptions.SectionName;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SageMakerEndpointConsolidationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        // Why: the comparisons below are written so NaN fails them too.
        if (!(options.MaxUtilisation > 0 && options.MaxUtilisation <= 1))
        {
            failures.Add(Fail(nameof(options.MaxUtilisation), "must be above 0 and at most 1", options.MaxUtilisation));
        }

        if (!(options.Percentile > 0 && options.Percentile <= 100))
        {
            failures.Add(Fail(nameof(options.Percentile), "must be above 0 and at most 100", options.Percentile));
        }

        if (!(options.Headroom >= 0 && options.Headroom <= 1))
        {
            failures.Add(Fail(nameof(options.Headroom), "must be between 0 and 1", options.Headroom));
        }

        if (options.MinMonthlySavings < 0)
        {
            failures.Add(Fail(nameof(options.MinMonthlySavings), "must be 0 or more", options.MinMonthlySavings));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string Fail(string key, string rule, IFormattable value) =>
        $"{Section}:{key} {rule}, was {value.ToString(null, CultureInfo.InvariantCulture)}";
}
