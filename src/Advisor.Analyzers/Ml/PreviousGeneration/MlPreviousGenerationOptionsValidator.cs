using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.Ml.PreviousGeneration;

/// <summary>Rules on <see cref="MlPreviousGenerationOptions"/>; messages name the key.</summary>
public sealed class MlPreviousGenerationOptionsValidator : IValidateOptions<MlPreviousGenerationOptions>
{
    private const string FamiliesKey = MlPreviousGenerationOptions.SectionName + ":" + nameof(MlPreviousGenerationOptions.EnabledFamilies);

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, MlPreviousGenerationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var unknown = options.Families().Where(f => !SuccessorTable.Families.Contains(f)).ToList();
        if (unknown.Count > 0)
        {
            var known = string.Join(", ", SuccessorTable.Families.Order(StringComparer.Ordinal));
            return ValidateOptionsResult.Fail(
                $"{FamiliesKey} contains unknown families '{string.Join("', '", unknown)}'; known families are {known}");
        }

        return ValidateOptionsResult.Success;
    }
}
