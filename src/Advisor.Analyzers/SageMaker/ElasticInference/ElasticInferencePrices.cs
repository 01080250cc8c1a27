using Advisor.Core.Pricing;

namespace Advisor.Analyzers.SageMaker.ElasticInference;

/// <summary>
/// The former SageMaker hourly prices of the retired Elastic Inference accelerators (pricing-notes.md §2, set B, us-east-1) and
/// their FP32 throughput. EI is no longer in the Price List (it cannot be bought), so these come from the notes, not the price book.
/// </summary>
internal static class ElasticInferencePrices
{
    /// <summary>Why: the notes' provenance of set B (a single undated public source, rated low).</summary>
    public const string SourcedSource = "pricing-notes.md §2 set B (SageMaker, us-east-1, historical) [low]";

    /// <summary>Why: the medium sizes are not sourced; set B is exactly 1.4 × set A, so 0.12 × 1.4 and 0.13 × 1.4 are derived.</summary>
    public const string DerivedSource = "derived: pricing-notes.md §2 set A × 1.4 (SageMaker markup), not sourced [low]";

    /// <summary>Why: the retirement month of EI (April 2024); the price set predates it.</summary>
    public const string AsOf = "2024-04";

    private static readonly Dictionary<string, Accelerator> Table = new(StringComparer.OrdinalIgnoreCase)
    {
        // Why: FP32 TFLOPS from the SageMaker developer guide ("How EI works"); prices from pricing-notes.md §2 set B.
        ["ml.eia1.medium"] = new("ml.eia1.medium", 0.182m, 1, Derived: true),
        ["ml.eia1.large"] = new("ml.eia1.large", 0.364m, 2, Derived: false),
        ["ml.eia1.xlarge"] = new("ml.eia1.xlarge", 0.728m, 4, Derived: false),
        ["ml.eia2.medium"] = new("ml.eia2.medium", 0.168m, 1, Derived: true),
        ["ml.eia2.large"] = new("ml.eia2.large", 0.336m, 2, Derived: false),
        ["ml.eia2.xlarge"] = new("ml.eia2.xlarge", 0.476m, 4, Derived: false),
    };

    /// <summary>True when the type names an Elastic Inference accelerator (ml.eia*), priced or not.</summary>
    public static bool IsElasticInference(string? type) =>
        type is not null && type.StartsWith("ml.eia", StringComparison.OrdinalIgnoreCase);

    /// <summary>The accelerator's former price and throughput, or null for an ml.eia* name the notes do not list.</summary>
    public static Accelerator? Find(string type) => Table.GetValueOrDefault(type);

    /// <summary>The accelerator's former price as a quote for the evidence (component Hosting: it was billed with the endpoint).</summary>
    public static PriceQuote Quote(Accelerator accelerator, string region, PriceComponent component) =>
        new(accelerator.Type, region, component, accelerator.HourlyUsd, accelerator.Derived ? DerivedSource : SourcedSource, AsOf);
}

/// <summary>One Elastic Inference accelerator size: its former SageMaker hourly price and FP32 TFLOPS.</summary>
internal sealed record Accelerator(string Type, decimal HourlyUsd, int Fp32Tflops, bool Derived);
