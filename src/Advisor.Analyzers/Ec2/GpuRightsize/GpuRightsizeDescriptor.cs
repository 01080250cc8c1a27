using Advisor.Core.Analysis;
using Advisor.Core.Domain;

namespace Advisor.Analyzers.Ec2.GpuRightsize;

/// <summary>The catalogue entry of <c>ec2-gpu-rightsize</c>.</summary>
internal static class GpuRightsizeDescriptor
{
    public static AnalyzerDescriptor Value { get; } = new()
    {
        Id = Ec2GpuRightsizeAnalyzer.Id,
        Title = "Over-sized EC2 GPU instance",
        ResourceType = ResourceTypes.Ec2Instance,
        OptionsSection = Ec2GpuRightsizeOptions.SectionName,
        IamActions =
        [
            "ec2:DescribeInstances",
            "ec2:DescribeInstanceTypes",
            "cloudwatch:ListMetrics",
            "cloudwatch:GetMetricData",
        ],
        RemediationIamActions = ["ec2:StopInstances", "ec2:ModifyInstanceAttribute", "ec2:StartInstances"],
        Inputs =
        [
            "EC2 DescribeInstances (state, type) and DescribeInstanceTypes (GPU count)",
            "CloudWatch CWAgent nvidia_smi_utilization_gpu and nvidia_smi_memory_used (Maximum) per GPU, hourly, and nvidia_smi_memory_total "
                + "(one datapoint), with the exact dimension sets ListMetrics found; only for instances with a smaller same-model type",
            "CloudWatch AWS/EC2 CPUUtilization (Maximum) per InstanceId, hourly",
            "On-demand EC2 prices (Linux, shared tenancy) of the current and candidate types; GPU model, count and memory from the price table's specs",
        ],
        Rule = "A running NVIDIA GPU instance with CloudWatch-agent GPU metrics (without them: InsufficientData, as Compute Optimizer): "
            + "demand = P99.5 of the hourly Σ GPU utilisation over GPUs (in GPU-equivalents) + 20% headroom; the cheapest smaller type of "
            + "the same family and GPU model whose GPU count covers that demand, whose per-GPU and total GPU memory hold the peak memory used, "
            + "and whose vCPUs cover P99.5 CPU + 20% is recommended. At least 30 hours with every GPU reporting.",
        SavingsFormula = "(current − candidate hourly EC2 on-demand price) × 730 h",
        Remediation = "Stop the instance, change its type (ModifyInstanceAttribute InstanceType), start it. Validate host memory and "
            + "throughput with a load test: only GPU, GPU memory and CPU were measured.",
        Rollback = "Stop, change back to the original type, start.",
        Rationale = "Multi-GPU and large GPU sizes cost several times the smallest one; a workload that keeps one GPU partly busy "
            + "pays for hardware it never touches.",
    };
}
