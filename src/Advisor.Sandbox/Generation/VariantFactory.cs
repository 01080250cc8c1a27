using Advisor.Core.Pricing;
using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Generation;

/// <summary>One variant as generated: its config entry, the hardware its gauges scale by, and its metric plan.</summary>
internal sealed record GeneratedVariant(SandboxVariant Variant, SeriesWriter.Hardware Hardware, VariantMetricsPlan Plan);

/// <summary>Draws variants (instance-backed or serverless) and their metric plans, busy or idle.</summary>
internal sealed class VariantFactory(Random rng, InstanceCatalog catalog)
{
    // Why: most endpoints run one or two instances; 3–4 is for the busiest production traffic.
    private static readonly (int Count, double Weight)[] Counts = [(1, 0.5), (2, 0.3), (3, 0.12), (4, 0.08)];

    // Why: the serverless memory sizes and concurrency limits SageMaker accepts (1–6 GB in 1 GB steps; concurrency ≤ 200).
    private static readonly int[] ServerlessMemoryMb = [1024, 2048, 3072, 4096, 6144];
    private static readonly int[] ServerlessConcurrency = [5, 10, 20, 50];

    // Why: Elastic Inference is retired; a few old configs still name it (the elastic-inference analyzer's input).
    private static readonly string[] LegacyAccelerators = ["ml.eia1.medium", "ml.eia2.medium", "ml.eia2.large"];

    public int DrawCount()
    {
        var x = rng.NextDouble();
        foreach (var (count, weight) in Counts)
        {
            x -= weight;
            if (x < 0)
            {
                return count;
            }
        }

        return Counts[^1].Count;
    }

    /// <summary>An instance-backed variant. <paramref name="accelerated"/>: null = any type, true = GPU/Inferentia, false = CPU.</summary>
    public GeneratedVariant Instance(string endpoint, string variantName, bool? accelerated, TrafficShape traffic,
        int? count = null, IReadOnlyList<MetricGap>? gaps = null, int? scalingMin = null, int? scalingMax = null)
    {
        var row = accelerated switch
        {
            true => catalog.DrawAccelerated(rng),
            false => catalog.DrawCpu(rng),
            null => catalog.Draw(rng),
        };
        var spec = BundledPriceBook.Default.Spec(row.InstanceType)
            ?? throw new InvalidOperationException($"No spec for '{row.InstanceType}' in the bundled price table.");
        var gpus = spec.Accelerator == "gpu" ? spec.GpuCount : 0;
        // Why: EI attaches to CPU hosts only, and only to busy (old, still-serving) configs here: never to planted idle ones.
        var accelerator = InstanceCatalog.IsCpu(row) && traffic.Pattern == TrafficPattern.Diurnal && traffic.QuietForLastHours is null
            && rng.NextDouble() < 0.03
            ? LegacyAccelerators[rng.Next(LegacyAccelerators.Length)]
            : null;
        var variant = new SandboxVariant
        {
            Name = variantName,
            ModelName = ModelName(endpoint, variantName),
            InstanceType = row.InstanceType,
            InstanceCount = count ?? DrawCount(),
            AcceleratorType = accelerator,
            ManagedScalingMin = scalingMin,
            ManagedScalingMax = scalingMax,
        };
        return new GeneratedVariant(variant, new SeriesWriter.Hardware(spec.Vcpu, gpus, Serverless: false), Plan(traffic, gaps ?? []));
    }

    /// <summary>A serverless variant (Invocations only).</summary>
    public GeneratedVariant Serverless(string endpoint, string variantName, TrafficShape traffic)
    {
        var variant = new SandboxVariant
        {
            Name = variantName,
            ModelName = ModelName(endpoint, variantName),
            ServerlessMemoryMb = ServerlessMemoryMb[rng.Next(ServerlessMemoryMb.Length)],
            ServerlessMaxConcurrency = ServerlessConcurrency[rng.Next(ServerlessConcurrency.Length)],
        };
        return new GeneratedVariant(variant, new SeriesWriter.Hardware(0, 0, Serverless: true), Plan(traffic, []));
    }

    /// <summary>Busy traffic: mostly diurnal (30–20,000 invocations at the peak hour), some nightly batch.</summary>
    public TrafficShape BusyTraffic(double maxPeak = 20_000)
    {
        if (rng.NextDouble() < 0.15)
        {
            return new TrafficShape(TrafficPattern.NightlyBatch, PeakPerHour: Uniform(200, 5_000));
        }

        var peak = Math.Exp(Uniform(Math.Log(30), Math.Log(maxPeak)));
        // Why: the night trough is 2–15% of the peak and at least 1 an hour, so every busy hour has invocations.
        var basePerHour = Math.Max(1.0, peak * Uniform(0.02, 0.15));
        return new TrafficShape(TrafficPattern.Diurnal, Math.Round(peak), Math.Round(basePerHour));
    }

    public double Uniform(double min, double max) => min + ((max - min) * rng.NextDouble());

    private VariantMetricsPlan Plan(TrafficShape traffic, IReadOnlyList<MetricGap> gaps)
    {
        // Why: a live container idles at 0.4–4% CPU per vCPU (health checks, the model server); it is never 0.
        var cpuBase = Uniform(0.4, 4);
        var memoryBase = Uniform(15, 45);
        var gpuMemoryBase = Uniform(8, 50);
        return new VariantMetricsPlan(
            traffic,
            new GaugeShape(GaugePattern.FollowTraffic, cpuBase + Uniform(10, 80), cpuBase),
            new GaugeShape(GaugePattern.FollowTraffic, memoryBase + Uniform(5, 30), memoryBase),
            new GaugeShape(GaugePattern.FollowTraffic, Uniform(20, 90), Uniform(0, 0.3)),
            new GaugeShape(GaugePattern.FollowTraffic, gpuMemoryBase + Uniform(2, 15), gpuMemoryBase),
            gaps);
    }

    private static string ModelName(string endpoint, string variantName)
    {
        var name = endpoint + "-" + variantName.ToLowerInvariant() + "-model";
        // Why: SageMaker names are at most 63 characters.
        return name.Length <= 63 ? name : name[..63].TrimEnd('-');
    }
}
