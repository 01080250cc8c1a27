using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Advisor.Core.Pricing;

/// <summary>
/// The offline price table shipped inside the project (from shared/data/pricing-reference.csv: on-demand
/// list prices and instance specs, each row with its source and date). The fallback when the Price List API
/// cannot be reached, and the only price source of the sandbox.
/// </summary>
public sealed class BundledPriceBook : IPriceBook
{
    private const string ResourceName = "Advisor.Core.Pricing.price-table.csv";

    private readonly Dictionary<(string Service, string Region, string Type), PriceRow> _rows;
    private readonly Dictionary<string, InstanceSpec> _specs;

    private BundledPriceBook(IReadOnlyList<PriceRow> rows)
    {
        Rows = rows;
        _rows = [];
        _specs = new Dictionary<string, InstanceSpec>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            _rows[(row.Service, row.Region, row.InstanceType)] = row;
            var bare = StripMl(row.InstanceType);
            _specs.TryAdd(bare, new InstanceSpec(bare, row.Vcpu, row.MemoryGib, row.GpuCount, row.GpuModel, row.GpuMemoryGib, row.Accelerator));
        }
    }

    /// <summary>The table as loaded from the embedded resource (parsed once per process).</summary>
    public static BundledPriceBook Default { get; } = Load();

    /// <summary>Every row of the table, including rows without a trusted price.</summary>
    public IReadOnlyList<PriceRow> Rows { get; }

    /// <summary>Parses the embedded table.</summary>
    public static BundledPriceBook Load()
    {
        using var stream = typeof(BundledPriceBook).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded price table '{ResourceName}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    /// <summary>Parses a table in the pricing-reference.csv format.</summary>
    public static BundledPriceBook Parse(TextReader reader)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { PrepareHeaderForMatch = a => a.Header.ToLowerInvariant() };
        using var csv = new CsvReader(reader, config);
        var rows = new List<PriceRow>();
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            var price = csv.GetField("on_demand_usd_per_hour");
            rows.Add(new PriceRow(
                Service: csv.GetField("service")!,
                Region: csv.GetField("region")!,
                InstanceType: csv.GetField("instance_type")!,
                Vcpu: int.Parse(csv.GetField("vcpu")!, CultureInfo.InvariantCulture),
                MemoryGib: decimal.Parse(csv.GetField("memory_gib")!, CultureInfo.InvariantCulture),
                GpuCount: int.Parse(csv.GetField("gpu_count")!, CultureInfo.InvariantCulture),
                GpuModel: NullIfEmpty(csv.GetField("gpu_model")),
                GpuMemoryGib: decimal.Parse(csv.GetField("gpu_memory_gib")!, CultureInfo.InvariantCulture),
                Accelerator: csv.GetField("accelerator")!,
                OnDemandUsdPerHour: string.IsNullOrWhiteSpace(price) ? null : decimal.Parse(price, CultureInfo.InvariantCulture),
                Source: csv.GetField("source")!,
                AsOf: csv.GetField("as_of")!));
        }

        return new BundledPriceBook(rows);
    }

    /// <inheritdoc />
    public PriceQuote? Find(string instanceType, string region, PriceComponent component)
    {
        ArgumentNullException.ThrowIfNull(instanceType);
        var service = component == PriceComponent.Ec2 ? "ec2" : "sagemaker";
        if (!_rows.TryGetValue((service, region, instanceType), out var row) || row.OnDemandUsdPerHour is not { } price)
        {
            return null;
        }

        // Why: the table's SageMaker rows are Hosting rates; Training equals Hosting within a rounding digit
        // (pricing-notes §1), except ml.inf* (hosting only: Inferentia cannot train) and ml.t3.medium (the notebook rate).
        var allowed = component switch
        {
            PriceComponent.Training => !instanceType.StartsWith("ml.inf", StringComparison.Ordinal) && instanceType != "ml.t3.medium",
            PriceComponent.Notebook => instanceType == "ml.t3.medium" || !instanceType.StartsWith("ml.inf", StringComparison.Ordinal),
            _ => true,
        };
        return allowed ? new PriceQuote(instanceType, region, component, price, "bundled table: " + row.Source, row.AsOf) : null;
    }

    /// <inheritdoc />
    public InstanceSpec? Spec(string instanceType) =>
        _specs.GetValueOrDefault(StripMl(instanceType ?? throw new ArgumentNullException(nameof(instanceType))));

    private static string StripMl(string type) => type.StartsWith("ml.", StringComparison.Ordinal) ? type[3..] : type;

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}

/// <summary>One row of the bundled price table. A null price means "not verified, do not use".</summary>
public sealed record PriceRow(
    string Service,
    string Region,
    string InstanceType,
    int Vcpu,
    decimal MemoryGib,
    int GpuCount,
    string? GpuModel,
    decimal GpuMemoryGib,
    string Accelerator,
    decimal? OnDemandUsdPerHour,
    string Source,
    string AsOf);
