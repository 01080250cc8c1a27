using System.ComponentModel.DataAnnotations;

namespace Advisor.Analyzers.Ec2.GpuIdle;

/// <summary>
/// Options of <see cref="Ec2GpuIdleAnalyzer"/>, bound from <c>Analyzers:Ec2GpuIdle</c>. Single-field ranges are DataAnnotations;
/// percentages and NaN are checked by <see cref="Ec2GpuIdleOptionsValidator"/>.
/// </summary>
public sealed class Ec2GpuIdleOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Analyzers:Ec2GpuIdle";

    /// <summary>
    /// A day is idle only when its CPUUtilization maximum is below this percentage. Default 5
    /// (Why: the product card's "CPU hourly max &lt; 5%"; a box that only runs its OS and agents stays under it). (0, 100].
    /// </summary>
    public double CpuMaxPercent { get; set; } = 5;

    /// <summary>
    /// A day is idle only when NetworkIn + NetworkOut moved fewer bytes than this. Default 5,000,000
    /// (Why: the product card's "network &lt; 5 MB/day": monitoring agents and package checks, no data being served or pulled). ≥ 1.
    /// </summary>
    [Range(1L, long.MaxValue, ErrorMessage = SectionName + ":" + nameof(NetworkBytesPerDay) + " must be 1 or more.")]
    public long NetworkBytesPerDay { get; set; } = 5_000_000;

    /// <summary>
    /// Where CloudWatch-agent GPU metrics exist, a day is idle only when every GPU's nvidia_smi_utilization_gpu maximum is below
    /// this percentage. Default 5 (Why: the product card's "GPU max &lt; 5%"; a loaded model with no requests stays at 0-1%). (0, 100].
    /// </summary>
    public double GpuMaxPercent { get; set; } = 5;

    /// <summary>
    /// How many days of the window may be not idle (busy or without data) while the instance still counts as idle. Default 1
    /// (Why: the product card's "≥ 13 of 14 days": one day of patching or a single job does not make a box busy). ≥ 0.
    /// </summary>
    [Range(0, int.MaxValue, ErrorMessage = SectionName + ":" + nameof(MaxNonIdleDays) + " must be 0 or more.")]
    public int MaxNonIdleDays { get; set; } = 1;

    /// <summary>
    /// How many days of the window may lack data before the verdict is InsufficientData. Default 1
    /// (Why: the product card's "fewer than 13 of 14 days with data → insufficient"; no data is not zero). ≥ 0.
    /// </summary>
    [Range(0, int.MaxValue, ErrorMessage = SectionName + ":" + nameof(MaxMissingDays) + " must be 0 or more.")]
    public int MaxMissingDays { get; set; } = 1;
}
