using Advisor.Core.Analysis;
using Advisor.Core.Domain;

namespace Advisor.Analyzers.Ec2.GpuIdle;

/// <summary>The catalogue entry of <c>ec2-gpu-idle</c>.</summary>
internal static class GpuIdleDescriptor
{
    public static AnalyzerDescriptor Value { get; } = new()
    {
        Id = Ec2GpuIdleAnalyzer.Id,
        Title = "Idle EC2 GPU or accelerator instance",
        ResourceType = ResourceTypes.Ec2Instance,
        OptionsSection = Ec2GpuIdleOptions.SectionName,
        IamActions =
        [
            "ec2:DescribeInstances",
            "ec2:DescribeInstanceTypes",
            "ec2:DescribeSpotPriceHistory",
            "cloudwatch:ListMetrics",
            "cloudwatch:GetMetricData",
        ],
        RemediationIamActions = ["ec2:StopInstances"],
        Inputs =
        [
            "EC2 DescribeInstances (state, type, root device type, lifecycle, availability zone) and DescribeInstanceTypes (GPUs, Inferentia/Trainium devices)",
            "CloudWatch AWS/EC2 CPUUtilization (Maximum) and NetworkIn, NetworkOut (Sum) per InstanceId, one datapoint per day over the window",
            "CloudWatch CWAgent nvidia_smi_utilization_gpu (Maximum) per InstanceId + index (+ the agent's other dimensions, from ListMetrics), one datapoint per day, where the agent runs",
            "On-demand EC2 price (Linux, shared tenancy) per instance type and region; for spot instances the latest spot price in the instance's zone",
        ],
        Rule = "A running instance whose type has GPUs or accelerators, on whose days (default: at least 13 of 14) CPUUtilization stayed below 5%, "
            + "NetworkIn + NetworkOut below 5 MB and, where CloudWatch-agent GPU metrics exist, every GPU below 5% (High confidence; "
            + "CPU and network only: Medium). Fewer than 13 days with data gives InsufficientData; stopped instances are not evaluated.",
        SavingsFormula = "hourly EC2 price × 730 h (on-demand list price, or the latest spot price for spot instances); EBS volumes keep billing",
        Remediation = "Stop the instance (StopInstances). Its EBS volumes, and so its disk, are kept and keep billing; instance-store-backed "
            + "instances cannot be stopped, only terminated, so image them first.",
        Rollback = "StartInstances; the instance comes back with its EBS volumes (a new public IP unless it has an Elastic IP).",
        Rationale = "A GPU instance bills its full hourly rate whether or not its GPUs work; one that did nothing for two weeks is forgotten spend.",
    };
}
