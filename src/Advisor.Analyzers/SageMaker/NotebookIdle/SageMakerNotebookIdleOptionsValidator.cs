using System.Globalization;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.SageMaker.NotebookIdle;

/// <summary>Rules on <see cref="SageMakerNotebookIdleOptions"/> that DataAnnotations cannot express for decimals; messages name the key.</summary>
public sealed class SageMakerNotebookIdleOptionsValidator : IValidateOptions<SageMakerNotebookIdleOptions>
{
    private const string BusyKey = SageMakerNotebookIdleOptions.SectionName + ":" + nameof(SageMakerNotebookIdleOptions.BusyHoursPerWeek);

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SageMakerNotebookIdleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var busy = options.BusyHoursPerWeek;

        // Why: a week has 168 hours; at 168 the notebook is always needed and stopping it saves nothing.
        if (busy < 0 || busy >= NotebookIdleRules.HoursPerWeek)
        {
            return ValidateOptionsResult.Fail(string.Create(
                CultureInfo.InvariantCulture, $"{BusyKey} must be at least 0 and less than 168, was {busy}"));
        }

        return ValidateOptionsResult.Success;
    }
}
