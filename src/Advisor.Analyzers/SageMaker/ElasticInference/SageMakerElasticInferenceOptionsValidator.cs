using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.SageMaker.ElasticInference;

/// <summary>Rules on <see cref="SageMakerElasticInferenceOptions"/> beyond DataAnnotations; messages name the key.</summary>
public sealed class SageMakerElasticInferenceOptionsValidator : IValidateOptions<SageMakerElasticInferenceOptions>
{
    private const string TargetKey =
        SageMakerElasticInferenceOptions.SectionName + ":" + nameof(SageMakerElasticInferenceOptions.GpuTargetInstanceType);

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SageMakerElasticInferenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var target = options.GpuTargetInstanceType;

        // Why: SageMaker hosting types are spelled ml.<family>.<size>; an EI type cannot be the way off EI.
        if (string.IsNullOrWhiteSpace(target) || !target.StartsWith("ml.", StringComparison.Ordinal)
            || target.Split('.').Length != 3 || ElasticInferencePrices.IsElasticInference(target))
        {
            return ValidateOptionsResult.Fail(
                $"{TargetKey} must be a SageMaker hosting instance type such as ml.g4dn.xlarge (not ml.eia*), was '{target}'");
        }

        return ValidateOptionsResult.Success;
    }
}
