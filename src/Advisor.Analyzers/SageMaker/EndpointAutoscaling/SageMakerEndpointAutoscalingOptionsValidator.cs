using System.Globalization;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.SageMaker.EndpointAutoscaling;

/// <summary>Rules on <see cref="SageMakerEndpointAutoscalingOptions"/> DataAnnotations cannot express (NaN, open bounds); messages name the key.</summary>
public sealed class SageMakerEndpointAutoscalingOptionsValidator : IValidateOptions<SageMakerEndpointAutoscalingOptions>
{
    private const string SwingKey = SageMakerEndpointAutoscalingOptions.SectionName + ":" + nameof(SageMakerEndpointAutoscalingOptions.MinTrafficSwing);
    private const string CoverageKey = SageMakerEndpointAutoscalingOptions.SectionName + ":" + nameof(SageMakerEndpointAutoscalingOptions.MediumConfidenceCoverage);

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SageMakerEndpointAutoscalingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // Why: a swing of 1 or less holds for every series (P95 ≥ P5), so it would flag flat traffic; NaN compares false to everything.
        if (double.IsNaN(options.MinTrafficSwing) || double.IsInfinity(options.MinTrafficSwing) || options.MinTrafficSwing <= 1)
        {
            return ValidateOptionsResult.Fail(string.Create(
                CultureInfo.InvariantCulture, $"{SwingKey} must be a number above 1, was {options.MinTrafficSwing}"));
        }

        // Why: a fraction of the expected hours; outside (0, 1] it can never or always be met.
        if (double.IsNaN(options.MediumConfidenceCoverage) || options.MediumConfidenceCoverage <= 0 || options.MediumConfidenceCoverage > 1)
        {
            return ValidateOptionsResult.Fail(string.Create(
                CultureInfo.InvariantCulture, $"{CoverageKey} must be more than 0 and at most 1, was {options.MediumConfidenceCoverage}"));
        }

        return ValidateOptionsResult.Success;
    }
}
