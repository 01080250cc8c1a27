using Advisor.Analyzers.Ec2.GpuIdle;
using Advisor.Analyzers.Tests.Support;
using Advisor.Core.Domain;

namespace Advisor.Analyzers.Tests.Ec2.GpuIdle;

public sealed class Ec2GpuIdleAnalyzerTests
{
    [Fact]
    public void Recommends_Stopping_An_Idle_Gpu_Instance_With_Agent_Metrics_At_High_Confidence()
    {
        var finding = Fixtures.GpuIdle.For("idle-agent", "i-0idle0agent0001");

        Assert.Equal(FindingKind.Recommend, finding.Kind);
        Assert.Equal("ec2-gpu-idle", finding.AnalyzerId);
        Assert.Equal("stop-instance", finding.Action);
        Assert.Equal(new MonthlySavings(734.38m, CostBasis.ListOnDemand), finding.Savings);
        Assert.Equal(Confidence.High, finding.Confidence);
        Assert.Equal(1, finding.Risk);
        Assert.Equal(ResourceTypes.Ec2Instance, finding.Resource.Type);
        Assert.Equal("arn:aws:ec2:us-east-1:123456789012:instance/i-0idle0agent0001", finding.Resource.Arn);
        Assert.Contains("EBS volumes keep billing", finding.Summary, StringComparison.Ordinal);
        Assert.Equal(14, finding.Evidence.Observations["idleDays"]);
        Assert.Equal(1, finding.Evidence.Observations["gpuSeries"]);
        Assert.Equal(734.38m, Assert.Single(finding.Evidence.Lines).MonthlyUsd);
        Assert.Equal(1.0, finding.Evidence.Window!.Coverage);
        Assert.Equal(TimeSpan.FromDays(1), finding.Evidence.Window.Period);
    }

    [Fact]
    public void Recommends_At_Medium_Confidence_From_Cpu_And_Network_Alone()
    {
        var finding = Fixtures.GpuIdle.For("idle-no-agent", "i-0idle0noagent01");

        Assert.Equal(FindingKind.Recommend, finding.Kind);
        Assert.Equal(383.98m, finding.Savings!.Amount);
        Assert.Equal(Confidence.Medium, finding.Confidence);
        Assert.Contains("no CloudWatch-agent GPU metrics", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Takes_No_Action_On_A_Busy_Instance()
    {
        var finding = Fixtures.GpuIdle.For("busy", "i-0busy0000000001");

        Assert.Equal(FindingKind.NoAction, finding.Kind);
        Assert.Null(finding.Savings);
        Assert.Contains("idle on 0 of 14 days", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_Insufficient_Data_With_Only_12_Days_Of_Datapoints()
    {
        var finding = Fixtures.GpuIdle.For("insufficient", "i-0gap00000000001");

        Assert.Equal(FindingKind.InsufficientData, finding.Kind);
        Assert.Contains("12 of 14 days (needs 13)", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_13_Of_14_Idle_Days_As_Idle_And_12_As_Busy_With_A_Day_Exactly_At_The_Cpu_Threshold_Not_Idle()
    {
        var findings = Fixtures.GpuIdle.Analyze("boundary");

        Assert.Equal(FindingKind.Recommend, Assert.Single(findings, f => f.Resource.Id == "i-0thirteen000001").Kind);
        var twelve = Assert.Single(findings, f => f.Resource.Id == "i-0twelve00000001");
        Assert.Equal(FindingKind.NoAction, twelve.Kind);
        Assert.Equal(new List<int> { 12, 13 }, twelve.Evidence.Observations["busyDays"]);
    }

    [Fact]
    public void Treats_Exactly_5_MB_Of_Network_In_A_Day_As_Not_Idle()
    {
        var finding = Fixtures.GpuIdle.For("boundary", "i-0network0000001");

        Assert.Equal(FindingKind.NoAction, finding.Kind);
        Assert.Equal(5_000_000d, finding.Evidence.Observations["peakDailyNetworkBytes"]);
    }

    [Fact]
    public void Takes_No_Action_When_The_Agent_Shows_A_Gpu_Above_5_Percent_On_Two_Days()
    {
        var finding = Fixtures.GpuIdle.For("gpu-busy", "i-0gpubusy0000001");

        Assert.Equal(FindingKind.NoAction, finding.Kind);
        Assert.Equal(6.0, finding.Evidence.Observations["peakDailyGpuMaxPercent"]);
    }

    [Fact]
    public void Prices_A_Spot_Instance_At_The_Latest_Spot_Price_In_Its_Zone()
    {
        var finding = Fixtures.GpuIdle.For("spot", "i-0spotpriced0001");

        Assert.Equal(new MonthlySavings(153.59m, CostBasis.Net), finding.Savings);
        Assert.Equal(0.2104m, Assert.Single(finding.Evidence.Prices).HourlyUsd);
        Assert.Equal(InstancePrice.SpotSource, finding.Evidence.Prices[0].Source);
    }

    [Fact]
    public void Flags_A_Spot_Instance_Without_A_Spot_Price_And_Lowers_Its_Confidence()
    {
        var finding = Fixtures.GpuIdle.For("spot", "i-0spotunpriced01");

        Assert.Equal(new MonthlySavings(383.98m, CostBasis.ListOnDemand), finding.Savings);
        Assert.Equal(Confidence.Low, finding.Confidence);
        Assert.Equal(true, finding.Evidence.Observations["spotPriceMissing"]);
        Assert.Contains("upper bound", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Raises_The_Risk_Of_An_Instance_Store_Root_And_Says_Why()
    {
        var finding = Fixtures.GpuIdle.For("mixed", "i-0instancestore1");

        Assert.Equal(FindingKind.Recommend, finding.Kind);
        Assert.Equal(3, finding.Risk);
        Assert.Contains("instance-store", finding.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Skips_Stopped_And_Cpu_Only_Instances_But_Covers_Inferentia()
    {
        var ids = Fixtures.GpuIdle.Analyze("mixed").Select(f => f.Resource.Id).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["i-0inferentia0001", "i-0instancestore1"], ids);
    }

    [Fact]
    public void A_Stricter_Option_Changes_The_Verdict()
    {
        var finding = Fixtures.GpuIdle.For("boundary", "i-0thirteen000001", new Ec2GpuIdleOptions { MaxNonIdleDays = 0 });

        Assert.Equal(FindingKind.NoAction, finding.Kind);
    }
}
