namespace Advisor.Analyzers.Ml.PreviousGeneration;

/// <summary>
/// Options of <see cref="MlPreviousGenerationAnalyzer"/>, bound from <c>Analyzers:MlPreviousGeneration</c>; checked by
/// <see cref="MlPreviousGenerationOptionsValidator"/>.
/// </summary>
public sealed class MlPreviousGenerationOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Analyzers:MlPreviousGeneration";

    /// <summary>
    /// The previous-generation families evaluated, comma-separated. Default <c>p2,p3,g3,g4dn,inf1</c> (Why: the families
    /// pricing-notes.md §7 lists as superseded for ML; drop one to silence it, e.g. g4dn where T4 capacity is kept on purpose;
    /// a single string because configuration binding appends to, rather than replaces, a list with defaults).
    /// </summary>
    public string EnabledFamilies { get; set; } = "p2,p3,g3,g4dn,inf1";

    /// <summary>The enabled families, split and trimmed.</summary>
    internal IReadOnlySet<string> Families() =>
        (EnabledFamilies ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.Ordinal);
}
