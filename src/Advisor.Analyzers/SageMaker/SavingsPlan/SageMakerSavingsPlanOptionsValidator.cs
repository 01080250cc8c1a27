using System.Globalization;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.SageMaker.SavingsPlan;

/// <summary>Rules on <see cref="SageMakerSavingsPlanOptions"/> that DataAnnotations cannot express for decimals; messages name the key.</summary>
public sealed class SageMakerSavingsPlanOptionsValidator : IValidateOptions<SageMakerSavingsPlanOptions>
{
    private const string MinKey = SageMakerSavingsPlanOptions.SectionName + ":" + nameof(SageMakerSavingsPlanOptions.MinMonthlySavingsUsd);

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SageMakerSavingsPlanOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // Why: a negative minimum would recommend plans that lose money.
        return options.MinMonthlySavingsUsd < 0m
            ? ValidateOptionsResult.Fail(string.Create(CultureInfo.InvariantCulture, $"{MinKey} must be 0 or more, was {options.MinMonthlySavingsUsd}"))
            : ValidateOptionsResult.Success;
    }
}
