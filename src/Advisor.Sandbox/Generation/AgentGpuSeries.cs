using System.Globalization;
using Advisor.Core.Pricing;
using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Generation;

/// <summary>
/// How the CloudWatch agent names an EC2 instance's GPU series (namespace CWAgent): one dimension set per GPU index with
/// InstanceId, index, name (nvidia-smi's product name) and host. Shared by the generator and estate files, so both look alike.
/// </summary>
internal static class AgentGpuSeries
{
    /// <summary>Why: nvidia-smi reports these product names; the CloudWatch agent copies them into the <c>name</c> dimension.</summary>
    private static readonly Dictionary<string, string> SmiNames = new(StringComparer.Ordinal)
    {
        ["NVIDIA T4"] = "Tesla T4",
        ["NVIDIA V100"] = "Tesla V100-SXM2-16GB",
        ["NVIDIA A10G"] = "NVIDIA A10G",
        ["NVIDIA L4"] = "NVIDIA L4",
        ["NVIDIA A100 40GB"] = "NVIDIA A100-SXM4-40GB",
        ["NVIDIA H100 80GB"] = "NVIDIA H100 80GB HBM3",
    };

    /// <summary>The nvidia-smi name of the type's GPU model.</summary>
    public static string SmiName(InstanceSpec gpu) =>
        gpu.GpuModel is { } model && SmiNames.TryGetValue(model, out var smi) ? smi : gpu.GpuModel ?? "NVIDIA GPU";

    /// <summary>Memory of one GPU in MiB (the spec states the total across devices).</summary>
    public static double MemoryMibPerGpu(InstanceSpec gpu) => Math.Round((double)(gpu.GpuMemoryGib * 1024 / gpu.GpuCount));

    /// <summary>The dimension set of GPU <paramref name="index"/> of an instance.</summary>
    public static KeyValuePair<string, string>[] Dimensions(SandboxEc2Instance instance, InstanceSpec gpu, int index) =>
    [
        new("InstanceId", instance.InstanceId),
        new("index", index.ToString(CultureInfo.InvariantCulture)),
        new("name", SmiName(gpu)),
        new("host", Ec2Planter.Host(instance)),
    ];
}
