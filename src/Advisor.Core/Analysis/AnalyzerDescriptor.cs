namespace Advisor.Core.Analysis;

/// <summary>
/// What an analyzer is, in code: id, title, inputs, IAM actions, rule, savings formula, remediation and rollback.
/// The catalogue page <c>recommendations/&lt;id&gt;.md</c> and the IAM policy are generated from it.
/// </summary>
public sealed record AnalyzerDescriptor
{
    /// <summary>Stable kebab-case id, e.g. <c>sagemaker-endpoint-idle</c>.</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }

    /// <summary>Resource type it evaluates (see ResourceTypes).</summary>
    public required string ResourceType { get; init; }

    /// <summary>The configuration section its options bind from, e.g. <c>Analyzers:SageMakerEndpointIdle</c>.</summary>
    public required string OptionsSection { get; init; }

    /// <summary>Read-only IAM actions its inputs need.</summary>
    public required IReadOnlyList<string> IamActions { get; init; }

    /// <summary>IAM actions its remediation needs (only granted with auto-apply).</summary>
    public IReadOnlyList<string> RemediationIamActions { get; init; } = [];

    /// <summary>Data it reads, in words (APIs and metrics).</summary>
    public required IReadOnlyList<string> Inputs { get; init; }

    public required string Rule { get; init; }
    public required string SavingsFormula { get; init; }
    public required string Remediation { get; init; }
    public required string Rollback { get; init; }
    public required string Rationale { get; init; }
}
