using System.Globalization;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.SageMaker.EndpointIdle;

/// <summary>
/// Rules on <see cref="SageMakerEndpointIdleOptions"/> that DataAnnotations cannot express well (a fraction with an open
/// lower bound, NaN). Every message names the full configuration key and the value it got.
/// </summary>
public sealed class SageMakerEndpointIdleOptionsValidator : IValidateOptions<SageMakerEndpointIdleOptions>
{
    private const string CoverageKey = SageMakerEndpointIdleOptions.SectionName + ":" + nameof(SageMakerEndpointIdleOptions.MinMonitoredCoverage);

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SageMakerEndpointIdleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var coverage = options.MinMonitoredCoverage;

        // Why: coverage is a fraction of the expected datapoints; above 1 can never be met, NaN compares false to everything.
        if (double.IsNaN(coverage) || coverage > 1)
        {
            return ValidateOptionsResult.Fail(string.Create(
                CultureInfo.InvariantCulture, $"{CoverageKey} must be between 0 and 1, was {coverage}"));
        }

        // Why: 0 would let an endpoint nobody monitored read as idle ("no data is not zero").
        if (coverage <= 0)
        {
            return ValidateOptionsResult.Fail(string.Create(
                CultureInfo.InvariantCulture, $"{CoverageKey} must be more than 0 and at most 1, was {coverage}"));
        }

        return ValidateOptionsResult.Success;
    }
}
