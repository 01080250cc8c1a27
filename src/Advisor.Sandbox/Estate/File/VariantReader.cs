using System.Globalization;
using Advisor.Core.Pricing;
using Advisor.Sandbox.Generation;

namespace Advisor.Sandbox.Estate.File;

/// <summary>Reads one production variant of an estate file: hardware (instance or serverless) and its metric shapes.</summary>
internal static class VariantReader
{
    private static readonly string[] Fields =
    [
        "name", "model", "instanceType", "instanceCount", "acceleratorType", "serverless", "managedScaling",
        "invocations", "cpu", "memory", "gpu", "gpuMemory", "gaps",
    ];

    private static readonly string[] InstanceMetrics = ["cpu", "memory", "gpu", "gpuMemory"];

    public static GeneratedVariant? Read(DocumentNode node, string path, int index, string endpoint, ProblemList problems)
    {
        var map = MapReader.Of(node, path, problems, Fields);
        if (map is null)
        {
            return null;
        }

        var before = problems.Items.Count;
        var name = FieldRules.Name(map, "name", required: false)
            ?? (index == 0 ? "AllTraffic" : "Variant" + (index + 1).ToString(CultureInfo.InvariantCulture));
        var model = FieldRules.Name(map, "model", required: false) ?? DefaultModel(endpoint, name);
        var type = map.String("instanceType");
        var serverless = map.Map("serverless", required: false, "memoryMb", "maxConcurrency");
        if (type is not null && serverless is not null)
        {
            map.Problem("serverless", "set either instanceType or serverless, not both");
        }
        else if (type is null && serverless is null && !map.Has("serverless"))
        {
            map.Problem("instanceType", "required field is missing (or give serverless)");
        }

        InstanceSpec? spec = null;
        if (type is not null)
        {
            spec = PriceTable.SageMakerTypes.Contains(type) ? BundledPriceBook.Default.Spec(type) : null;
            if (spec is null)
            {
                map.Problem("instanceType", "'" + type + "' is not an instance type in the price table");
            }
        }

        // Why: 1 GB steps from 1 to 6 GB and at most 200 concurrent invocations are SageMaker serverless limits.
        var memoryMb = serverless?.Int("memoryMb", 1024, 6144, required: true);
        if (memoryMb is { } mb && mb % 1024 != 0)
        {
            serverless!.Problem("memoryMb", "must be a multiple of 1024, got " + mb.ToString(CultureInfo.InvariantCulture));
        }

        var concurrency = serverless?.Int("maxConcurrency", 1, 200, required: true);
        // Why: 1000 instances is far above any account quota; an instance count is at least 1.
        var count = type is null ? null : map.Int("instanceCount", 1, 1000) ?? (map.Has("instanceCount") ? null : 1);
        if (type is null && map.Has("instanceCount"))
        {
            map.Problem("instanceCount", "only instance-backed variants have an instance count");
        }

        var accelerator = map.String("acceleratorType");
        if (accelerator is not null && type is null)
        {
            map.Problem("acceleratorType", "only instance-backed variants take an accelerator");
        }
        else if (accelerator is not null && !accelerator.StartsWith("ml.eia", StringComparison.Ordinal))
        {
            map.Problem("acceleratorType", "'" + accelerator + "' is not an Elastic Inference type (ml.eia1.* or ml.eia2.*)");
        }

        var scaling = map.Map("managedScaling", required: false, "min", "max");
        var scalingMin = scaling?.Int("min", 0, 1000, required: true);
        var scalingMax = scaling?.Int("max", 1, 1000, required: true);
        if (scalingMin > scalingMax)
        {
            scaling!.Problem("max", "must be at least min");
        }

        var isServerless = type is null && serverless is not null;
        if (isServerless)
        {
            foreach (var metric in InstanceMetrics.Where(map.Has))
            {
                map.Problem(metric, "serverless variants publish no instance metrics");
            }
        }
        else if (spec is { Accelerator: not "gpu" })
        {
            foreach (var metric in InstanceMetrics.Skip(2).Where(map.Has))
            {
                map.Problem(metric, "instance type '" + type + "' has no GPU");
            }
        }

        var plan = MetricShapeReader.Read(map);
        if (problems.Items.Count > before || plan is null)
        {
            return null;
        }

        var variant = new SandboxVariant
        {
            Name = name,
            ModelName = model,
            InstanceType = type,
            InstanceCount = count,
            AcceleratorType = accelerator,
            ServerlessMemoryMb = memoryMb,
            ServerlessMaxConcurrency = concurrency,
            ManagedScalingMin = scalingMin,
            ManagedScalingMax = scalingMax,
        };
        var gpus = spec is { Accelerator: "gpu" } ? spec.GpuCount : 0;
        return new GeneratedVariant(variant, new SeriesWriter.Hardware(spec?.Vcpu ?? 0, gpus, isServerless), plan);
    }

    private static string DefaultModel(string endpoint, string variant)
    {
        var name = endpoint + "-" + variant.ToLowerInvariant() + "-model";
        return name.Length <= SageMakerNames.MaxLength ? name : name[..SageMakerNames.MaxLength].TrimEnd('-');
    }
}
