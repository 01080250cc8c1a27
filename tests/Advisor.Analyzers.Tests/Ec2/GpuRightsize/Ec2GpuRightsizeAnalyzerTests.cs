using Advisor.Analyzers.Ec2.GpuRightsize;
using Advisor.Analyzers.Tests.Support;
using Advisor.Core.Domain;

namespace Advisor.Analyzers.Tests.Ec2.GpuRightsize;

public sealed class Ec2GpuRightsizeAnalyzerTests
{
    [Fact]
    public void Moves_A_Four_Gpu_Instance_Using_One_Gpu_To_The_Smallest_Same_Model_Type()
    {
        var finding = Fixtures.GpuRightsize.For("oversized", "i-0oversized00001");

        Assert.Equal(FindingKind.Recommend, finding.Kind);
        Assert.Equal("ec2-gpu-rightsize", finding.AnalyzerId);
        Assert.Equal("change-instance-type", finding.Action);
        Assert.Equal(new MonthlySavings(3406.18m, CostBasis.ListOnDemand), finding.Savings);
        Assert.Equal(2, finding.Risk);
        Assert.Equal(Confidence.High, finding.Confidence);
        Assert.Equal("g5.xlarge", finding.Evidence.Observations["candidate"]);
        Assert.Equal(0.32, finding.Evidence.Observations["gpuDemandGpuEquivalents"]);
        Assert.Equal(24576d, finding.Evidence.Observations["gpuMemoryTotalMib"]);
        Assert.Equal(["g5.12xlarge", "g5.xlarge"], finding.Evidence.Prices.Select(p => p.InstanceType));
        Assert.Equal(3406.18m, Assert.Single(finding.Evidence.Lines).MonthlyUsd);
        Assert.Contains("change it to g5.xlarge", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommends_When_Demand_Plus_Headroom_Just_Fits_One_Gpu()
    {
        var finding = Fixtures.GpuRightsize.For("boundary", "i-0justfits000001");

        Assert.Equal(FindingKind.Recommend, finding.Kind);
        Assert.Equal("g5.xlarge", finding.Evidence.Observations["candidate"]);
    }

    [Fact]
    public void Takes_No_Action_When_Demand_Plus_Headroom_Just_Exceeds_One_Gpu()
    {
        var finding = Fixtures.GpuRightsize.For("boundary", "i-0justover000001");

        Assert.Equal(FindingKind.NoAction, finding.Kind);
        Assert.Contains("no cheaper type of the same GPU model fits", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Lower_Headroom_Makes_The_Near_Miss_Fit()
    {
        var finding = Fixtures.GpuRightsize.For("boundary", "i-0justover000001", new Ec2GpuRightsizeOptions { Headroom = 0.1 });

        Assert.Equal(FindingKind.Recommend, finding.Kind);
    }

    [Fact]
    public void Reports_Insufficient_Data_Without_Agent_Metrics()
    {
        var finding = Fixtures.GpuRightsize.For("no-agent", "i-0noagent0000001");

        Assert.Equal(FindingKind.InsufficientData, finding.Kind);
        Assert.Contains("nvidia_smi_utilization_gpu", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_Insufficient_Data_With_29_Complete_Hours()
    {
        var finding = Fixtures.GpuRightsize.For("few-hours", "i-0fewhours000001");

        Assert.Equal(FindingKind.InsufficientData, finding.Kind);
        Assert.Contains("29 hours with every GPU reporting", finding.Summary, StringComparison.Ordinal);
        Assert.Equal(FindingKind.Recommend, Fixtures.GpuRightsize.For("few-hours", "i-0fewhours000001", new Ec2GpuRightsizeOptions { MinDatapoints = 29 }).Kind);
    }

    [Fact]
    public void Takes_No_Action_On_The_Smallest_Type_Of_Its_Family()
    {
        var finding = Fixtures.GpuRightsize.For("smallest", "i-0smallest000001");

        Assert.Equal(FindingKind.NoAction, finding.Kind);
        Assert.Contains("nothing smaller", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_The_Type_When_The_Gpu_Memory_In_Use_Does_Not_Fit_The_Candidate()
    {
        var finding = Fixtures.GpuRightsize.For("memory", "i-0memory00000001");

        Assert.Equal(FindingKind.NoAction, finding.Kind);
        Assert.Equal(26600d, finding.Evidence.Observations["peakTotalGpuMemoryUsedMib"]);
    }

    [Fact]
    public void Picks_A_Size_With_Enough_Vcpus_For_The_Cpu_Demand()
    {
        var finding = Fixtures.GpuRightsize.For("cpu", "i-0cpubound000001");

        Assert.Equal("g5.2xlarge", finding.Evidence.Observations["candidate"]);
        Assert.Equal(300.76m, finding.Savings!.Amount);
    }

    [Fact]
    public void Uses_The_Chosen_Percentile()
    {
        var at90 = Fixtures.GpuRightsize.For("oversized", "i-0oversized00001", new Ec2GpuRightsizeOptions { Percentile = 90 });

        Assert.True((double)at90.Evidence.Observations["gpuDemandGpuEquivalents"]! < 0.32);
    }
}
