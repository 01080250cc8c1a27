using Advisor.Analyzers.Tests.Support;

namespace Advisor.Analyzers.Tests.Ec2.GpuRightsize;

public sealed class Ec2GpuRightsizePlanTests
{
    [Fact]
    public void Plans_Hourly_Gpu_Utilisation_And_Memory_Per_Gpu_One_Memory_Total_Point_And_Hourly_Cpu()
    {
        var snapshot = Fixtures.GpuRightsize.Load("oversized");

        var specs = Fixtures.GpuRightsize.Analyzer().PlanMetrics(snapshot.Inventory, snapshot.Window).ToList();

        Assert.Equal(4 + 4 + 4 + 1, specs.Count);
        Assert.Equal(4, specs.Count(s => s.MetricName == "nvidia_smi_utilization_gpu" && s.PeriodSeconds == 3600 && s.Stat == "Maximum"));
        Assert.Equal(4, specs.Count(s => s.MetricName == "nvidia_smi_memory_used" && s.PeriodSeconds == 3600));
        Assert.Equal(4, specs.Count(s => s.MetricName == "nvidia_smi_memory_total" && s.PeriodSeconds == 14 * 86_400));
        Assert.Contains(specs, s => s.Key == "AWS/EC2|CPUUtilization|InstanceId=i-0oversized00001|Maximum|3600");
        Assert.All(specs.Where(s => s.Namespace == "CWAgent"), s => Assert.Equal(["InstanceId", "host", "index", "name"], s.Dimensions.Select(d => d.Name).Order(StringComparer.Ordinal)));
    }

    [Theory]
    [InlineData("smallest")]
    [InlineData("no-agent")]
    public void Plans_Nothing_Where_No_Smaller_Type_Exists_Or_No_Agent_Runs(string fixture)
    {
        var snapshot = Fixtures.GpuRightsize.Load(fixture);

        Assert.Empty(Fixtures.GpuRightsize.Analyzer().PlanMetrics(snapshot.Inventory, snapshot.Window));
    }
}
