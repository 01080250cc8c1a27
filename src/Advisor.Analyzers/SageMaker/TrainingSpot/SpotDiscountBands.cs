namespace Advisor.Analyzers.SageMaker.TrainingSpot;

/// <summary>
/// Spot discount bands by instance family, from /work/shared/reference/pricing-notes.md §4: the AWS Spot Instance Advisor
/// "savings over on-demand" across us-east-1, us-west-2 and eu-west-1, as in the ec2instances.info raw data dated 2025-11-30.
/// Used only when no spot price history for the same hardware is in the snapshot; the analyzer quotes the low end.
/// </summary>
internal static class SpotDiscountBands
{
    /// <summary>Where the table comes from, shown in the evidence.</summary>
    public const string Source = "Spot Instance Advisor savings band by family (pricing-notes.md §4, ec2instances.info data of 2025-11-30)";

    // Why: the notes give bands for GPU/accelerator families only; CPU families (m5, c5, ...) have none, so they get no guess.
    private static readonly Dictionary<string, (decimal Low, decimal High)> Bands = new(StringComparer.Ordinal)
    {
        ["g4dn"] = (0.51m, 0.68m),
        ["g5"] = (0.47m, 0.69m),
        ["g6"] = (0.43m, 0.48m),
        ["p3"] = (0.52m, 0.87m),
        ["p4d"] = (0.53m, 0.62m),
        ["p5"] = (0.49m, 0.62m),
        ["inf1"] = (0.53m, 0.73m),
        ["inf2"] = (0.52m, 0.79m),
        ["trn1"] = (0.61m, 0.75m),
    };

    /// <summary>The band of an EC2 or ml.* type's family, or null when the notes give none.</summary>
    public static (decimal Low, decimal High)? Find(string instanceType)
    {
        ArgumentNullException.ThrowIfNull(instanceType);
        var family = Family(instanceType);
        return Bands.TryGetValue(family, out var band) ? band : null;
    }

    /// <summary>The family of a type: <c>ml.g5.2xlarge</c> → <c>g5</c>.</summary>
    public static string Family(string instanceType)
    {
        var bare = Ec2Type(instanceType);
        var dot = bare.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? bare : bare[..dot];
    }

    /// <summary>The EC2 type with the same hardware: <c>ml.g5.2xlarge</c> → <c>g5.2xlarge</c>.</summary>
    public static string Ec2Type(string instanceType) =>
        instanceType.StartsWith("ml.", StringComparison.Ordinal) ? instanceType[3..] : instanceType;
}
