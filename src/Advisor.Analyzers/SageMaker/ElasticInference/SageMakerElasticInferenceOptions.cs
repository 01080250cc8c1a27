using System.ComponentModel.DataAnnotations;

namespace Advisor.Analyzers.SageMaker.ElasticInference;

/// <summary>
/// Options of <see cref="SageMakerElasticInferenceAnalyzer"/>, bound from <c>Analyzers:SageMakerElasticInference</c>.
/// The target type is checked by <see cref="SageMakerElasticInferenceOptionsValidator"/>.
/// </summary>
public sealed class SageMakerElasticInferenceOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Analyzers:SageMakerElasticInference";

    /// <summary>
    /// Endpoint accelerators with at most this many FP32 TFLOPS are replaced by nothing (CPU-only on the same host); larger ones move
    /// to <see cref="GpuTargetInstanceType"/>. Default 1 (Why: the medium sizes give 1 FP32 TFLOPS, which a modern CPU host
    /// matches for the small models they served; large and xlarge give 2–4 and need a GPU or Inferentia). 0–4.
    /// </summary>
    [Range(0, 4, ErrorMessage = SectionName + ":" + nameof(CpuOnlyMaxFp32Tflops) + " must be between 0 and 4.")]
    public int CpuOnlyMaxFp32Tflops { get; set; } = 1;

    /// <summary>
    /// The SageMaker hosting type that replaces a host plus a large accelerator, one for one. Default ml.g4dn.xlarge (Why: the
    /// cheapest current GPU hosting type in the price table, a T4 with 8 FP32 TFLOPS, above any EI size; ml.inf2.xlarge and
    /// ml.g6.xlarge are listed as alternatives in the evidence).
    /// </summary>
    public string GpuTargetInstanceType { get; set; } = "ml.g4dn.xlarge";
}
