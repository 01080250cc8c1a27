using System.Globalization;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.SageMaker.EndpointRightsize;

/// <summary>Rules on <see cref="SageMakerEndpointRightsizeOptions"/>; every message names the full configuration key and the value it got.</summary>
public sealed class SageMakerEndpointRightsizeOptionsValidator : IValidateOptions<SageMakerEndpointRightsizeOptions>
{
    private const string Section = SageMakerEndpointRightsizeOptions.SectionName;

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SageMakerEndpointRightsizeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!SageMakerEndpointRightsizeOptions.AllowedPercentiles.Contains(options.Percentile))
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"{Section}:{nameof(SageMakerEndpointRightsizeOptions.Percentile)} must be one of 90, 95, 99.5, was {options.Percentile}"));
        }

        // Why: negative headroom would size below observed demand; above 1 (double the demand) is no longer headroom; NaN fails every check.
        if (double.IsNaN(options.Headroom) || options.Headroom < 0 || options.Headroom > 1)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"{Section}:{nameof(SageMakerEndpointRightsizeOptions.Headroom)} must be between 0 and 1, was {options.Headroom}"));
        }

        if (options.MinMonthlySavings < 0)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture,
                $"{Section}:{nameof(SageMakerEndpointRightsizeOptions.MinMonthlySavings)} must be 0 or more, was {options.MinMonthlySavings}"));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
