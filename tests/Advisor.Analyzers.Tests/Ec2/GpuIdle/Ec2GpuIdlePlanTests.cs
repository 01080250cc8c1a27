using Advisor.Analyzers.Tests.Support;

namespace Advisor.Analyzers.Tests.Ec2.GpuIdle;

public sealed class Ec2GpuIdlePlanTests
{
    [Fact]
    public void Plans_Daily_Cpu_Maximum_Network_Sums_And_Agent_Gpu_Maximum_With_The_Exact_Dimensions()
    {
        var snapshot = Fixtures.GpuIdle.Load("idle-agent");

        var specs = Fixtures.GpuIdle.Analyzer().PlanMetrics(snapshot.Inventory, snapshot.Window).ToList();

        Assert.Equal(4, specs.Count);
        Assert.All(specs, s => Assert.Equal(86_400, s.PeriodSeconds));
        Assert.Contains(specs, s => s.Key == "AWS/EC2|CPUUtilization|InstanceId=i-0idle0agent0001|Maximum|86400");
        Assert.Contains(specs, s => s.Key == "AWS/EC2|NetworkIn|InstanceId=i-0idle0agent0001|Sum|86400");
        Assert.Contains(specs, s => s.Key == "AWS/EC2|NetworkOut|InstanceId=i-0idle0agent0001|Sum|86400");
        var gpu = Assert.Single(specs, s => s.Namespace == "CWAgent");
        Assert.Equal(snapshot.Inventory.AgentMetrics[0].ToSpec("Maximum", 86_400), gpu);
        Assert.Equal(4, gpu.Dimensions.Count);
    }

    [Fact]
    public void Plans_Nothing_For_Stopped_Or_Cpu_Only_Instances()
    {
        var snapshot = Fixtures.GpuIdle.Load("mixed");

        var ids = Fixtures.GpuIdle.Analyzer().PlanMetrics(snapshot.Inventory, snapshot.Window)
            .Select(s => s.Dimensions.Single(d => d.Name == "InstanceId").Value).Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["i-0inferentia0001", "i-0instancestore1"], ids);
    }

    [Fact]
    public void Asks_For_One_Point_Per_Day_Per_Series()
    {
        var snapshot = Fixtures.GpuIdle.Load("idle-agent");
        var window = snapshot.Window;

        var points = Fixtures.GpuIdle.Analyzer().PlanMetrics(snapshot.Inventory, window)
            .Sum(s => (window.End - window.Start).TotalSeconds / s.PeriodSeconds);

        Assert.Equal(4 * 14, points);
    }
}
