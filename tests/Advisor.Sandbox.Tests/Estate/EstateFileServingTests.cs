using System.Text;
using Advisor.Sandbox.Estate.File;
using Advisor.Sandbox.Tests.Support;

namespace Advisor.Sandbox.Tests.Estate;

/// <summary>A sandbox serving a file estate answers for the file's training jobs, notebooks, EC2 instances and their metrics.</summary>
public sealed class EstateFileServingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private const string Yaml = """
        now: 2026-11-26T12:00:00Z
        stsExternalId: ext-123
        endpoints: []
        trainingJobs:
          - name: churn-train-1
            creationTime: 2026-11-25T08:00:00Z
            durationHours: 2
            instanceType: ml.g5.xlarge
            spot: true
            billableSeconds: 2880
            checkpointS3Uri: s3://bucket/churn/
            cpu: { pattern: constant, percent: 10 }
        notebookInstances:
          - { name: alice-notebook, instanceType: ml.g4dn.xlarge, createdDaysAgo: 40, lastModifiedDaysAgo: 10, volumeSizeGb: 20 }
        ec2Instances:
          - { instanceId: i-0123456789abcdef0, instanceType: g5.xlarge, launchedDaysAgo: 20, spot: true, gpuAgent: true, tags: { Name: research-1 } }
        """;

    private static Task<RunningSandbox> StartAsync() =>
        RunningSandbox.StartAsync(estate: EstateFile.Parse(Yaml, EstateFileFormat.Yaml, new EstateFileOptions { Now = Now }));

    [Fact]
    public async Task Serves_A_File_Training_Job_Through_List_And_Describe()
    {
        await using var sandbox = await StartAsync();
        var list = await Wire.JsonAsync(await sandbox.Client.SageMakerAsync("ListTrainingJobs", "{}"));
        Assert.Equal(["churn-train-1"], Wire.Names(list.GetProperty("TrainingJobSummaries"), "TrainingJobName"));

        var job = await Wire.JsonAsync(await sandbox.Client.SageMakerAsync("DescribeTrainingJob", """{"TrainingJobName":"churn-train-1"}"""));
        Assert.Equal("Completed", job.GetProperty("TrainingJobStatus").GetString());
        Assert.Equal("ml.g5.xlarge", job.GetProperty("ResourceConfig").GetProperty("InstanceType").GetString());
        Assert.Equal(7200, job.GetProperty("TrainingTimeInSeconds").GetInt32());
        Assert.Equal(2880, job.GetProperty("BillableTimeInSeconds").GetInt32());
        Assert.True(job.GetProperty("EnableManagedSpotTraining").GetBoolean());
        Assert.Equal("s3://bucket/churn/", job.GetProperty("CheckpointConfig").GetProperty("S3Uri").GetString());
        var start = new DateTimeOffset(2026, 11, 25, 8, 5, 0, TimeSpan.Zero);
        Assert.Equal(start.ToUnixTimeSeconds(), (long)job.GetProperty("TrainingStartTime").GetDecimal());
    }

    [Fact]
    public async Task Serves_A_File_Training_Jobs_Host_Metrics_Through_GetMetricData()
    {
        await using var sandbox = await StartAsync();
        var query = new TestQuery("cpu", "/aws/sagemaker/TrainingJobs", "CPUUtilization", [("Host", "churn-train-1/algo-1")], 3600, "Average");
        var body = await Wire.JsonAsync(await sandbox.Client.CloudWatchJsonAsync("GetMetricData",
            MetricRequests.Json([query], Now.AddDays(-2), Now)));
        var result = Assert.Single(MetricAnswers.FromJson(body).Results);
        Assert.Equal(3, result.Values.Count); // 08:05-10:05 touches the hours 08, 09 and 10
        Assert.All(result.Values, v => Assert.Equal(40.0, v)); // 10% × 4 vCPUs
    }

    [Fact]
    public async Task Serves_A_File_Notebook_Instance()
    {
        await using var sandbox = await StartAsync();
        var notebook = await Wire.JsonAsync(await sandbox.Client.SageMakerAsync("DescribeNotebookInstance", """{"NotebookInstanceName":"alice-notebook"}"""));
        Assert.Equal("InService", notebook.GetProperty("NotebookInstanceStatus").GetString());
        Assert.Equal("ml.g4dn.xlarge", notebook.GetProperty("InstanceType").GetString());
        Assert.Equal(20, notebook.GetProperty("VolumeSizeInGB").GetInt32());
        Assert.Equal(Now.AddDays(-10).ToUnixTimeSeconds(), (long)notebook.GetProperty("LastModifiedTime").GetDecimal());
        Assert.False(notebook.TryGetProperty("NotebookInstanceLifecycleConfigName", out _));
    }

    [Fact]
    public async Task Serves_A_File_Ec2_Instance_And_Its_Gpu_Agent_Metrics()
    {
        await using var sandbox = await StartAsync();
        var xml = await Wire.XmlAsync(await sandbox.Client.SendAsync("/", "application/x-www-form-urlencoded; charset=utf-8",
            Encoding.UTF8.GetBytes("Action=DescribeInstances&Version=2016-11-15"), "ec2", []));
        var instance = Assert.Single(xml.Descendants().Where(e => e.Name.LocalName == "instancesSet").SelectMany(s => s.Elements()));
        string Field(string name) => instance.Elements().Single(e => e.Name.LocalName == name).Value;
        Assert.Equal(("i-0123456789abcdef0", "g5.xlarge", "spot"), (Field("instanceId"), Field("instanceType"), Field("instanceLifecycle")));
        Assert.Contains(instance.Descendants(), e => e.Name.LocalName == "value" && e.Value == "research-1");

        var metrics = await Wire.JsonAsync(await sandbox.Client.CloudWatchJsonAsync("ListMetrics", """{"Namespace":"CWAgent"}"""));
        Assert.Equal(["nvidia_smi_memory_total", "nvidia_smi_memory_used", "nvidia_smi_utilization_gpu"],
            metrics.GetProperty("Metrics").EnumerateArray().Select(m => m.GetProperty("MetricName").GetString()!).Order(StringComparer.Ordinal));
        var ec2 = await Wire.JsonAsync(await sandbox.Client.CloudWatchJsonAsync("ListMetrics",
            """{"Namespace":"AWS/EC2","Dimensions":[{"Name":"InstanceId","Value":"i-0123456789abcdef0"}]}"""));
        Assert.Equal(3, ec2.GetProperty("Metrics").GetArrayLength());
    }

    [Fact]
    public async Task Sts_AssumeRole_Requires_The_Files_External_Id()
    {
        await using var sandbox = await StartAsync();
        const string Form = "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2FAdvisor&RoleSessionName=s1";
        Task<HttpResponseMessage> AssumeAsync(string form) => sandbox.Client.SendAsync("/", "application/x-www-form-urlencoded; charset=utf-8",
            Encoding.UTF8.GetBytes(form), "sts", []);

        var denied = await Wire.XmlAsync(await AssumeAsync(Form), 403);
        Assert.Contains(denied.Descendants(), e => e.Name.LocalName == "Code" && e.Value == "AccessDenied");
        var allowed = await Wire.XmlAsync(await AssumeAsync(Form + "&ExternalId=ext-123"));
        Assert.Contains(allowed.Descendants(), e => e.Name.LocalName == "AccessKeyId");
    }
}
