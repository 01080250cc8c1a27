using System.Globalization;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.SageMaker.TrainingSpot;

/// <summary>Rules on <see cref="SageMakerTrainingSpotOptions"/> that DataAnnotations cannot express (a TimeSpan range); messages name the key.</summary>
public sealed class SageMakerTrainingSpotOptionsValidator : IValidateOptions<SageMakerTrainingSpotOptions>
{
    private const string RuntimeKey = SageMakerTrainingSpotOptions.SectionName + ":" + nameof(SageMakerTrainingSpotOptions.ShortJobMaxRuntime);

    /// <summary>Why: SageMaker's default MaxRuntimeInSeconds is one day; a "short" job longer than that is not short.</summary>
    private static readonly TimeSpan MaxShortRuntime = TimeSpan.FromDays(1);

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SageMakerTrainingSpotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var runtime = options.ShortJobMaxRuntime;
        if (runtime <= TimeSpan.Zero || runtime > MaxShortRuntime)
        {
            return ValidateOptionsResult.Fail(string.Create(
                CultureInfo.InvariantCulture, $"{RuntimeKey} must be more than 00:00:00 and at most 1.00:00:00, was {runtime:c}"));
        }

        return ValidateOptionsResult.Success;
    }
}
