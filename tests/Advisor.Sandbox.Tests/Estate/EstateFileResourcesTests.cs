using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Estate.File;

namespace Advisor.Sandbox.Tests.Estate;

/// <summary>The sections beyond endpoints: models, inference components, training jobs, notebooks, Studio apps, EC2, STS ExternalId.</summary>
public sealed class EstateFileResourcesTests
{
    private static readonly EstateFileOptions Options = new() { Now = new DateTimeOffset(2026, 11, 20, 8, 45, 0, TimeSpan.Zero) };
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static SandboxEstate Load(string content, string extension)
    {
        using var file = new TempEstateFile(content, extension);
        return EstateFile.Load(file.Path, Options);
    }

    private static HourlySeries? Series(SandboxEstate estate, string ns, string metric, params (string Name, string Value)[] dims) =>
        estate.Metrics.Find(new SeriesKey(ns, metric, dims.Select(d => new KeyValuePair<string, string>(d.Name, d.Value))));

    [Fact]
    public void Yaml_And_Json_Give_The_Same_Resources_And_Metrics()
    {
        var fromYaml = Load(ResourceFixtures.Yaml, ".yaml");
        var fromJson = Load(ResourceFixtures.Json, ".json");
        var canonical = ResourceText.Canonical(fromYaml);
        Assert.Equal(canonical, ResourceText.Canonical(fromJson));
        Assert.Contains("CWAgent|nvidia_smi_memory_used|", canonical, StringComparison.Ordinal);
        Assert.Contains("/aws/sagemaker/TrainingJobs|GPUUtilization|Host=churn-train-1/algo-2|", canonical, StringComparison.Ordinal);
        Assert.Equal((2, 2, 2, 2, 2, 2), (fromYaml.Models.Count, fromYaml.InferenceComponents.Count, fromYaml.TrainingJobs.Count,
            fromYaml.NotebookInstances.Count, fromYaml.StudioApps.Count, fromYaml.Ec2Instances.Count));
        Assert.Equal("advisor-ext-42", fromJson.StsExternalId);
    }

    [Fact]
    public void Reads_Models_And_Inference_Components_With_Their_Defaults()
    {
        var estate = Load(ResourceFixtures.Yaml, ".yaml");
        var a = estate.Models[0];
        Assert.Equal(("ranker-model-a", "MultiModel", Now.AddDays(-49)), (a.Name, a.Mode, a.CreationTime));
        var b = estate.Models[1];
        Assert.Equal(("SingleModel", Now.AddDays(-30)), (b.Mode, b.CreationTime));

        var ic1 = estate.InferenceComponents[0];
        Assert.Equal(("ranker-prod-1", "Main", "ranker-model-a", "Updating"), (ic1.EndpointName, ic1.VariantName, ic1.ModelName, ic1.Status));
        Assert.Equal((0, 0.5, 1, 2048), (ic1.CopyCount, ic1.CpuCoresRequired, ic1.AcceleratorDevicesRequired!.Value, ic1.MinMemoryRequiredMb));
        Assert.Equal(new DateTimeOffset(2026, 10, 10, 10, 10, 0, TimeSpan.Zero), ic1.CreationTime);
        var ic2 = estate.InferenceComponents[1];
        Assert.Equal(("Main", "InService", 1, 1.0, 1024), (ic2.VariantName, ic2.Status, ic2.CopyCount, ic2.CpuCoresRequired, ic2.MinMemoryRequiredMb));
        Assert.Null(ic2.AcceleratorDevicesRequired);
        Assert.Equal(estate.Endpoints[0].CreationTime, ic2.CreationTime);
    }

    [Fact]
    public void Reads_Training_Jobs_Run_Times_Billing_And_Defaults()
    {
        var estate = Load(ResourceFixtures.Yaml, ".yaml");
        var churn = estate.TrainingJobs[0];
        var start = new DateTimeOffset(2026, 11, 25, 9, 40, 0, TimeSpan.Zero);
        Assert.Equal(("Completed", start, start.AddHours(2.5)), (churn.Status, churn.TrainingStartTime!.Value, churn.TrainingEndTime!.Value));
        Assert.Equal((9000, 3600, 36000, 72000), (churn.TrainingSeconds!.Value, churn.BillableSeconds!.Value, churn.MaxRuntimeSeconds, churn.MaxWaitSeconds!.Value));
        Assert.True(churn.EnableManagedSpotTraining);
        Assert.Equal(("s3://bucket/churn/", 2, "growth"), (churn.CheckpointS3Uri, churn.InstanceCount, churn.Tags["team"]));

        var etl = estate.TrainingJobs[1];
        Assert.Equal(("InProgress", Now.AddHours(-12).AddMinutes(5)), (etl.Status, etl.TrainingStartTime!.Value));
        Assert.Null(etl.TrainingEndTime);
        Assert.Null(etl.TrainingSeconds);
        Assert.Null(etl.BillableSeconds);
        Assert.Null(etl.MaxWaitSeconds);
        Assert.False(etl.EnableManagedSpotTraining);
        Assert.Equal((1, 86_400), (etl.InstanceCount, etl.MaxRuntimeSeconds));
        Assert.Equal("763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-training:2.3.0-gpu-py311", etl.TrainingImage);
    }

    [Fact]
    public void Training_Job_Metrics_Cover_The_Run_Per_Host_Scaled_By_The_Hardware()
    {
        var estate = Load(ResourceFixtures.Yaml, ".yaml");
        const string Ns = "/aws/sagemaker/TrainingJobs";
        foreach (var host in new[] { "churn-train-1/algo-1", "churn-train-1/algo-2" })
        {
            var cpu = Series(estate, Ns, "CPUUtilization", ("Host", host))!;
            Assert.Equal(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero), cpu.Start);
            Assert.Equal(4, cpu.Values.Count); // 09:40-12:10 touches the hours 09, 10, 11 and 12
            Assert.All(cpu.Values, v => Assert.Equal(100.0, v)); // 25% × 4 vCPUs of ml.g5.xlarge
            Assert.All(Series(estate, Ns, "MemoryUtilization", ("Host", host))!.Values, v => Assert.Equal(55.0, v));
            Assert.All(Series(estate, Ns, "GPUUtilization", ("Host", host))!.Values, v => Assert.InRange(v!.Value, 50.0, 90.0));
            Assert.All(Series(estate, Ns, "GPUMemoryUtilization", ("Host", host))!.Values, v => Assert.Equal(65.0, v));
        }

        Assert.Null(Series(estate, Ns, "CPUUtilization", ("Host", "churn-train-1/algo-3")));
        var etl = Series(estate, Ns, "CPUUtilization", ("Host", "etl-train-2/algo-1"))!;
        Assert.Equal((Now.AddHours(-12), 12), (etl.Start, etl.Values.Count)); // runs until now
        Assert.All(etl.Values, v => Assert.Equal(320.0, v)); // CPU job default 80% × 4 vCPUs
        Assert.Null(Series(estate, Ns, "GPUUtilization", ("Host", "etl-train-2/algo-1")));
    }

    [Fact]
    public void Reads_Notebooks_And_Studio_Apps_With_Their_Defaults()
    {
        var estate = Load(ResourceFixtures.Yaml, ".yaml");
        var alice = estate.NotebookInstances[0];
        Assert.Equal(("Stopped", "ml.g4dn.xlarge", "auto-stop-idle", 50), (alice.Status, alice.InstanceType, alice.LifecycleConfigName, alice.VolumeSizeGb));
        Assert.Equal((new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero), Now.AddDays(-2)), (alice.CreationTime, alice.LastModifiedTime));
        Assert.Equal(["ml.eia2.medium"], alice.AcceleratorTypes);
        Assert.Equal("alice", alice.Tags["owner"]);
        var bob = estate.NotebookInstances[1];
        Assert.Equal(("InService", Now.AddDays(-30), Now.AddDays(-30), 5), (bob.Status, bob.CreationTime, bob.LastModifiedTime, bob.VolumeSizeGb));
        Assert.Null(bob.LifecycleConfigName);
        Assert.Empty(bob.AcceleratorTypes);

        var kernel = estate.StudioApps[0];
        Assert.Equal(("d-abc123def456", "alice", "KernelGateway", "datascience-1", "Pending", "ml.g4dn.xlarge"),
            (kernel.DomainId, kernel.UserProfileName, kernel.AppType, kernel.AppName, kernel.Status, kernel.InstanceType));
        var server = estate.StudioApps[1];
        Assert.Equal(("d-sandbox1234ab", "team-space", "default", "InService", Now.AddDays(-7)),
            (server.DomainId, server.SpaceName, server.AppName, server.Status, server.CreationTime));
        Assert.Null(server.UserProfileName);
        Assert.Null(server.InstanceType);
    }

    [Fact]
    public void Reads_Ec2_Instances_And_Writes_Their_Ec2_And_Agent_Metrics()
    {
        var estate = Load(ResourceFixtures.Yaml, ".yaml");
        var box = estate.Ec2Instances[0];
        Assert.Equal(("g5.12xlarge", "running", "us-east-1c", "instance-store", "spot", true),
            (box.InstanceType, box.State, box.AvailabilityZone, box.RootDeviceType, box.Lifecycle, box.HasGpuAgentMetrics));
        Assert.Equal(new DateTimeOffset(2026, 11, 10, 8, 20, 0, TimeSpan.Zero), box.LaunchTime);
        Assert.Equal("llm-box", box.Tags["Name"]);

        var cpu = Series(estate, "AWS/EC2", "CPUUtilization", ("InstanceId", box.InstanceId))!;
        Assert.Equal((new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero), 16 * 24 + 3), (cpu.Start, cpu.Values.Count));
        Assert.All(cpu.Values, v => Assert.Equal(4.0, v)); // EC2 CPU is 0-100 for the whole instance
        Assert.All(Series(estate, "AWS/EC2", "NetworkIn", ("InstanceId", box.InstanceId))!.Values, v => Assert.Equal(1000.0, v));
        Assert.InRange(Series(estate, "AWS/EC2", "NetworkOut", ("InstanceId", box.InstanceId))!.Values.Max()!.Value, 4000.0, 5000.0);

        const string Host = "ip-10-0-"; // the host dimension is the private DNS name DescribeInstances reports
        var agent = estate.Metrics.Keys.Where(k => k.Namespace == "CWAgent").ToList();
        Assert.Equal(4 * 3, agent.Count); // g5.12xlarge: 4 GPUs × utilization, memory used, memory total
        var gpu0 = agent.Single(k => k.MetricName == "nvidia_smi_memory_used" && k.Dimensions.Contains("index=0,", StringComparison.Ordinal));
        Assert.StartsWith("InstanceId=i-0123456789abcdef0,host=" + Host, gpu0.Dimensions, StringComparison.Ordinal);
        Assert.EndsWith(",index=0,name=NVIDIA A10G", gpu0.Dimensions, StringComparison.Ordinal);
        Assert.All(estate.Metrics.Find(gpu0)!.Values, v => Assert.Equal(12288.0, v)); // 50% of 24 GiB
        Assert.All(estate.Metrics.Find(agent.Single(k => k.MetricName == "nvidia_smi_memory_total" && k.Dimensions.Contains("index=3,", StringComparison.Ordinal)))!.Values,
            v => Assert.Equal(24576.0, v));

        var stopped = estate.Ec2Instances[1];
        Assert.Matches("^i-0[0-9a-f]{16}$", stopped.InstanceId);
        Assert.Equal(("stopped", Now.AddDays(-30), "us-east-1a", "ebs", false), (stopped.State, stopped.LaunchTime, stopped.AvailabilityZone, stopped.RootDeviceType, stopped.HasGpuAgentMetrics));
        Assert.Null(stopped.Lifecycle);
        var stoppedCpu = Series(estate, "AWS/EC2", "CPUUtilization", ("InstanceId", stopped.InstanceId))!;
        Assert.Equal((Now.AddDays(-30), 30 * 24 - 48), (stoppedCpu.Start, stoppedCpu.Values.Count)); // ends when it stopped, 48 h ago
    }

    [Fact]
    public void A_File_Without_The_New_Sections_Has_None_Of_Those_Resources()
    {
        var estate = Load("endpoints: []\n", ".yaml");
        Assert.Empty(estate.Models);
        Assert.Empty(estate.TrainingJobs);
        Assert.Empty(estate.Ec2Instances);
        Assert.Null(estate.StsExternalId);
        Assert.Equal(0, estate.Metrics.Count);
    }

    [Fact]
    public void The_Documented_Example_Loads_Every_Section()
    {
        var estate = EstateFile.Load(TempEstateFile.RepoFile("docs/examples/small-estate.yaml"), Options);
        Assert.Equal((2, 1, 3, 3, 2, 3), (estate.Models.Count, estate.InferenceComponents.Count, estate.TrainingJobs.Count,
            estate.NotebookInstances.Count, estate.StudioApps.Count, estate.Ec2Instances.Count));
        Assert.Null(estate.StsExternalId); // commented out in the example
        Assert.Equal(7, estate.Endpoints.Count);
        var spot = estate.TrainingJobs.Single(j => j.EnableManagedSpotTraining);
        Assert.Equal((7200, 2880), (spot.TrainingSeconds!.Value, spot.BillableSeconds!.Value));
        var idle = estate.Ec2Instances[0];
        Assert.All(Series(estate, "AWS/EC2", "CPUUtilization", ("InstanceId", idle.InstanceId))!.Values, v => Assert.Equal(1.5, v));
        Assert.Equal(30 * 24, Series(estate, "AWS/EC2", "CPUUtilization", ("InstanceId", idle.InstanceId))!.Values.Count);
    }
}
