using System.Globalization;
using Advisor.Core.Snapshots;
using Amazon.EC2.Model;

namespace Advisor.Aws.Ec2;

/// <summary>Maps AWSSDK.EC2 model objects to the snapshot records (the SDK leaves empty lists null).</summary>
internal static class Ec2Mapper
{
    public static Ec2Instance Map(Instance i) => new()
    {
        InstanceId = i.InstanceId,
        InstanceType = i.InstanceType?.Value ?? throw Invalid("instanceType", i.InstanceId),
        State = i.State?.Name?.Value ?? throw Invalid("instanceState", i.InstanceId),
        LaunchTime = Utc(i.LaunchTime) ?? throw Invalid("launchTime", i.InstanceId),
        RootDeviceType = i.RootDeviceType?.Value,
        AvailabilityZone = i.Placement?.AvailabilityZone,
        Lifecycle = i.InstanceLifecycle?.Value,
        Tags = (i.Tags ?? []).Where(t => t.Key is not null).GroupBy(t => t.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Value ?? string.Empty, StringComparer.Ordinal),
    };

    public static Ec2InstanceTypeInfo Map(InstanceTypeInfo t)
    {
        var gpus = t.GpuInfo?.Gpus ?? [];
        var inference = t.InferenceAcceleratorInfo?.Accelerators ?? [];
        var neuron = t.NeuronInfo?.NeuronDevices ?? [];
        return new Ec2InstanceTypeInfo
        {
            InstanceType = t.InstanceType?.Value ?? throw Invalid("instanceType", "(instance type)"),
            VCpus = t.VCpuInfo?.DefaultVCpus ?? 0,
            MemoryMib = t.MemoryInfo?.SizeInMiB ?? 0,
            GpuCount = gpus.Sum(g => g.Count ?? 0),
            GpuManufacturer = gpus.FirstOrDefault()?.Manufacturer,
            GpuModel = gpus.FirstOrDefault()?.Name,
            GpuMemoryMib = t.GpuInfo?.TotalGpuMemoryInMiB ?? 0,
            AcceleratorCount = inference.Sum(a => a.Count ?? 0) + neuron.Sum(n => n.Count ?? 0),
            AcceleratorName = inference.FirstOrDefault()?.Name ?? neuron.FirstOrDefault()?.Name,
        };
    }

    public static SpotPriceObservation Map(SpotPrice p) => new(
        p.InstanceType?.Value ?? throw Invalid("instanceType", "(spot price)"),
        p.AvailabilityZone ?? string.Empty,
        decimal.TryParse(p.Price, NumberStyles.Number, CultureInfo.InvariantCulture, out var usd) ? usd : throw Invalid("spotPrice", p.Price ?? "null"),
        Utc(p.Timestamp) ?? throw Invalid("timestamp", "(spot price)"));

    /// <summary>The SDK's DateTime as a UTC offset (Unspecified is taken as UTC, which is what EC2 sends).</summary>
    public static DateTimeOffset? Utc(DateTime? time) => time switch
    {
        null => null,
        { Kind: DateTimeKind.Local } t => new DateTimeOffset(t.ToUniversalTime(), TimeSpan.Zero),
        { } t => new DateTimeOffset(DateTime.SpecifyKind(t, DateTimeKind.Utc), TimeSpan.Zero),
    };

    private static InvalidOperationException Invalid(string member, string what) =>
        new($"EC2 answered without a readable '{member}' for {what}.");
}
