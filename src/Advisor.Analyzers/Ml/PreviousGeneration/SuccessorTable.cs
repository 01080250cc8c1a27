namespace Advisor.Analyzers.Ml.PreviousGeneration;

/// <summary>One previous-generation SageMaker type, its suggested successor with the same or more accelerators, and AWS's claim.</summary>
internal sealed record Successor(string Family, string OldType, string NewType, int Accelerators, string Claim);

/// <summary>
/// The previous-generation mapping of pricing-notes.md §7 (the ec2instances.info generation flag still calls these families
/// "current", so the daemon keeps its own table). Each old type maps to one successor with the same or more accelerators; whether
/// the move saves money is decided by the prices at analysis time, never by the performance claims, which are quoted only as text.
/// </summary>
internal static class SuccessorTable
{
    /// <summary>Why: where the mapping and the claims come from, shown in the evidence.</summary>
    public const string Source = "pricing-notes.md §7 (previous-generation ML families and successors)";

    private const string P3Claim = "AWS compute blog \"Amazon EC2 P4d instances deep dive\": P4d (A100) brings 2.5x higher deep learning "
        + "performance than P3 (V100); G5/G6 suggested for inference";

    private const string G4dnClaim = "AWS ML blog: G5 up to 4x higher inference throughput at up to 3x lower cost per inference than G4dn "
        + "for the PyTorch models tested; G6 (L4) a newer 24 GB GPU";

    private const string Inf1Claim = "AWS ML blog: Inferentia2 delivers 4x higher throughput and 10x lower latency than Inferentia1";

    private const string LegacyClaim = "legacy hardware (K80 / M60); no current AWS claim found";

    // Why: successors keep the accelerator count (or raise it) so the workload fits without re-sharding; for P3 inference the
    // notes name G5, whose A10G has more GPU memory (24 GB) than the V100 (16 GB); the 8-GPU P3 goes to the 8-GPU P4d.
    private static readonly Successor[] Rows =
    [
        new("p2", "ml.p2.xlarge", "ml.g5.xlarge", 1, LegacyClaim),
        new("p2", "ml.p2.8xlarge", "ml.g5.48xlarge", 8, LegacyClaim),
        new("p2", "ml.p2.16xlarge", "ml.p4d.24xlarge", 8, LegacyClaim),
        new("p3", "ml.p3.2xlarge", "ml.g5.2xlarge", 1, P3Claim),
        new("p3", "ml.p3.8xlarge", "ml.g5.12xlarge", 4, P3Claim),
        new("p3", "ml.p3.16xlarge", "ml.p4d.24xlarge", 8, P3Claim),
        new("g3", "ml.g3.4xlarge", "ml.g5.4xlarge", 1, LegacyClaim),
        new("g4dn", "ml.g4dn.xlarge", "ml.g6.xlarge", 1, G4dnClaim),
        new("g4dn", "ml.g4dn.2xlarge", "ml.g6.2xlarge", 1, G4dnClaim),
        new("g4dn", "ml.g4dn.4xlarge", "ml.g5.4xlarge", 1, G4dnClaim),
        new("g4dn", "ml.g4dn.12xlarge", "ml.g6.12xlarge", 4, G4dnClaim),
        new("inf1", "ml.inf1.xlarge", "ml.inf2.xlarge", 1, Inf1Claim),
        new("inf1", "ml.inf1.2xlarge", "ml.inf2.xlarge", 1, Inf1Claim),
        new("inf1", "ml.inf1.6xlarge", "ml.inf2.24xlarge", 4, Inf1Claim),
    ];

    private static readonly Dictionary<string, Successor> ByType = Rows.ToDictionary(r => r.OldType, StringComparer.Ordinal);

    /// <summary>Every family the table covers.</summary>
    public static IReadOnlySet<string> Families { get; } = Rows.Select(r => r.Family).ToHashSet(StringComparer.Ordinal);

    /// <summary>The successor of <paramref name="instanceType"/>, or null when it is current or not in the table.</summary>
    public static Successor? Find(string? instanceType) =>
        instanceType is not null && ByType.TryGetValue(instanceType, out var row) ? row : null;
}
