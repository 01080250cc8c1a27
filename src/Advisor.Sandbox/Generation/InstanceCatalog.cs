using Advisor.Core.Pricing;

namespace Advisor.Sandbox.Generation;

/// <summary>
/// The SageMaker hosting types the generator may use in a region: every SageMaker row of the bundled table that has a
/// price there, minus the notebook types, each with a draw weight leaning toward the common cheap families.
/// </summary>
internal sealed class InstanceCatalog
{
    // Why: ml.t3.medium / ml.t2.medium are notebook types; a hosting endpoint on them would be unrealistic.
    private static readonly HashSet<string> NotebookTypes = new(StringComparer.Ordinal) { "ml.t3.medium", "ml.t2.medium" };

    private readonly List<(PriceRow Row, double Weight)> _all;
    private readonly List<(PriceRow Row, double Weight)> _cpu;
    private readonly List<(PriceRow Row, double Weight)> _accelerated;

    private InstanceCatalog(List<(PriceRow Row, double Weight)> rows)
    {
        _all = rows;
        _cpu = rows.Where(r => IsCpu(r.Row)).ToList();
        _accelerated = rows.Where(r => !IsCpu(r.Row)).ToList();
    }

    /// <summary>The catalog for a region, or an error naming the region when it has no priced hosting types.</summary>
    public static InstanceCatalog For(BundledPriceBook book, string region)
    {
        var rows = book.Rows
            .Where(r => r.Service == "sagemaker" && r.Region == region && r.OnDemandUsdPerHour is not null && !NotebookTypes.Contains(r.InstanceType))
            .Select(r => (r, Weight(r)))
            .ToList();
        var catalog = new InstanceCatalog(rows);
        if (catalog._cpu.Count == 0 || catalog._accelerated.Count == 0)
        {
            throw new ArgumentException(
                $"Region '{region}' has no priced SageMaker CPU and accelerated instance types in the bundled price table.", nameof(region));
        }

        return catalog;
    }

    /// <summary>Every type the catalog can return.</summary>
    public IEnumerable<PriceRow> Types => _all.Select(r => r.Row);

    public PriceRow Draw(Random rng) => Pick(_all, rng);

    public PriceRow DrawCpu(Random rng) => Pick(_cpu, rng);

    public PriceRow DrawAccelerated(Random rng) => Pick(_accelerated, rng);

    /// <summary>True for plain CPU types (no GPU, Inferentia or Trainium).</summary>
    public static bool IsCpu(PriceRow row) => row.Accelerator == "none";

    private static PriceRow Pick(List<(PriceRow Row, double Weight)> rows, Random rng)
    {
        var total = rows.Sum(r => r.Weight);
        var x = rng.NextDouble() * total;
        foreach (var (row, weight) in rows)
        {
            x -= weight;
            if (x < 0)
            {
                return row;
            }
        }

        return rows[^1].Row;
    }

    private static double Weight(PriceRow row)
    {
        var family = row.InstanceType.Split('.')[1];
        // Why: real estates are dominated by small m5/c5 CPU endpoints and g4dn/g5 single-GPU ones;
        // the large training-class types (p4d, p5, trn1) show up rarely on hosting.
        var familyWeight = family switch
        {
            "m5" => 10.0,
            "c5" => 8.0,
            "g4dn" => 6.0,
            "g5" => 4.0,
            "g6" => 3.0,
            "inf2" => 2.0,
            "inf1" => 1.5,
            "p3" => 1.0,
            "p4d" or "p5" or "trn1" => 0.2,
            _ => 1.0,
        };
        // Why: within a family the smallest sizes are the most common; weight falls with size (vCPUs / 4).
        return familyWeight / Math.Max(1.0, row.Vcpu / 4.0);
    }
}
