using Advisor.Sandbox.Estate.File;

namespace Advisor.Sandbox.Tests.Estate;

/// <summary>Every validation rule of the sections beyond endpoints, each reported with its exact field path.</summary>
public sealed class EstateFileResourcesValidationTests
{
    private static readonly EstateFileOptions Options = new() { Now = new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero) };

    /// <summary>An endpoint with an instance-backed and a serverless variant, and a model, for the reference checks.</summary>
    private const string Base = """
        endpoints:
          - name: ranker-prod-1
            createdDaysAgo: 20
            variants:
              - { name: Main, instanceType: ml.g5.xlarge }
              - { name: Lite, serverless: { memoryMb: 2048, maxConcurrency: 5 } }
        models:
          - { name: ranker-model, image: 111122223333.dkr.ecr.us-east-1.amazonaws.com/ranker:1 }

        """;

    private static EstateFileException Fail(string content, string extension = ".yaml")
    {
        using var file = new TempEstateFile(content, extension);
        return Assert.Throws<EstateFileException>(() => EstateFile.Load(file.Path, Options));
    }

    private static string Model(string fields) => "endpoints: []\nmodels:\n  - { " + fields + " }\n";

    private static string Component(string fields) => Base + "inferenceComponents:\n  - { " + fields + " }\n";

    private static string Job(string fields) => "endpoints: []\ntrainingJobs:\n  - { " + fields + " }\n";

    private static string Notebook(string fields) => "endpoints: []\nnotebookInstances:\n  - { " + fields + " }\n";

    private static string App(string fields) => "endpoints: []\nstudioApps:\n  - { " + fields + " }\n";

    private static string Ec2(string fields) => "endpoints: []\nec2Instances:\n  - { " + fields + " }\n";

    private const string Img = "image: r/x:1";
    private const string Ic = "name: ic-1, endpoint: ranker-prod-1, model: ranker-model";
    private const string Tj = "name: job-1, createdDaysAgo: 2, durationHours: 1, instanceType: ml.g5.xlarge";

    public static TheoryData<string, string> Cases => new()
    {
        // top level
        { "endpoints: []\nstsExternalId: a b\n", "stsExternalId: must be 2-1224 letters, digits or +=,.@:/-_ characters" },
        { "endpoints: []\nmodels: { name: x }\n", "models: expected a list, got a mapping" },

        // models
        { Model("name: m-1, " + Img + ", colour: red"), "models[0].colour: unknown field (allowed: name, image, mode, createdDaysAgo, creationTime)" },
        { Model(Img), "models[0].name: required field is missing" },
        { Model("name: m-1"), "models[0].image: required field is missing" },
        { Model("name: m_1, " + Img), "models[0].name: 'm_1' is not a valid name" },
        { Model("name: m-1, image: 'has space'"), "models[0].image: 'has space' is not a container image URI" },
        { Model("name: m-1, " + Img + ", mode: Both"), "models[0].mode: 'Both' is not a model mode (one of SingleModel, MultiModel)" },
        { Model("name: m-1, " + Img + ", createdDaysAgo: 2, creationTime: 2026-01-01T00:00:00Z"), "models[0].creationTime: set either createdDaysAgo or creationTime, not both" },
        { Model("name: m-1, " + Img + ", creationTime: last-week"), "models[0].creationTime: 'last-week' is not an ISO-8601 date-time" },
        { "endpoints: []\nmodels:\n  - { name: m-1, " + Img + " }\n  - { name: M-1, " + Img + " }\n", "models[1].name: duplicate model name 'M-1' (also at models[0])" },

        // inference components
        { Component("name: ic-1, model: ranker-model"), "inferenceComponents[0].endpoint: required field is missing" },
        { Component("name: ic-1, endpoint: nowhere-1, model: ranker-model"), "inferenceComponents[0].endpoint: no endpoint named 'nowhere-1' in the endpoints section" },
        { Component(Ic + ", variant: Shadow"), "inferenceComponents[0].variant: endpoint 'ranker-prod-1' has no variant 'Shadow' (it has Main, Lite)" },
        { Component(Ic + ", variant: Lite"), "inferenceComponents[0].variant: variant 'Lite' of endpoint 'ranker-prod-1' is serverless" },
        { Component("name: ic-1, endpoint: ranker-prod-1, model: other-model"), "inferenceComponents[0].model: no model named 'other-model' in the models section" },
        { Component("name: ic-1, endpoint: ranker-prod-1"), "inferenceComponents[0].model: required field is missing" },
        { Component(Ic + ", status: Sleeping"), "inferenceComponents[0].status: 'Sleeping' is not an inference component status" },
        { Component(Ic + ", createdDaysAgo: 25"), "inferenceComponents[0].createdDaysAgo: is before its endpoint was created" },
        { Component(Ic + ", copyCount: -1"), "inferenceComponents[0].copyCount: must be at least 0, got -1" },
        { Component(Ic + ", cpuCoresRequired: 0.1"), "inferenceComponents[0].cpuCoresRequired: must be at least 0.25, got 0.1" },
        { Component(Ic + ", minMemoryRequiredMb: lots"), "inferenceComponents[0].minMemoryRequiredMb: expected a whole number, got 'lots'" },
        { Base + "inferenceComponents:\n  - { " + Ic + " }\n  - { " + Ic + " }\n", "inferenceComponents[1].name: duplicate inference component name 'ic-1' (also at inferenceComponents[0])" },

        // training jobs
        { Job("name: job-1, durationHours: 1, instanceType: ml.g5.xlarge"), "trainingJobs[0].createdDaysAgo: required field is missing (or give creationTime)" },
        { Job("name: job-1, createdDaysAgo: 2, instanceType: ml.g5.xlarge"), "trainingJobs[0].durationHours: required field is missing" },
        { Job("name: job-1, createdDaysAgo: 2, durationHours: 1"), "trainingJobs[0].instanceType: required field is missing" },
        { Job("name: job-1, createdDaysAgo: 2, durationHours: 1, instanceType: g5.xlarge"), "trainingJobs[0].instanceType: 'g5.xlarge' is not a SageMaker instance type in the price table" },
        { Job(Tj + ", status: Done"), "trainingJobs[0].status: 'Done' is not a training job status" },
        { Job(Tj + ", status: InProgress"), "trainingJobs[0].durationHours: a job that is InProgress has no duration yet" },
        { Job("name: job-1, createdDaysAgo: 0.1, durationHours: 5, instanceType: ml.g5.xlarge"), "trainingJobs[0].durationHours: the run would end after the estate's now" },
        { Job(Tj + ", maxRuntimeSeconds: 1800"), "trainingJobs[0].durationHours: the run is longer than maxRuntimeSeconds (1800)" },
        { Job(Tj + ", maxRuntimeSeconds: 3000000"), "trainingJobs[0].maxRuntimeSeconds: must be at most 2419200, got 3000000" },
        { Job(Tj + ", maxWaitSeconds: 90000"), "trainingJobs[0].maxWaitSeconds: only managed spot jobs (spot: true) have a maximum wait" },
        { Job(Tj + ", spot: true, maxWaitSeconds: 3600"), "trainingJobs[0].maxWaitSeconds: must be at least maxRuntimeSeconds (86400)" },
        { Job(Tj + ", spot: yes-please"), "trainingJobs[0].spot: expected true or false, got 'yes-please'" },
        { Job(Tj + ", billableSeconds: 1800"), "trainingJobs[0].billableSeconds: only managed spot jobs (spot: true) bill less than their training time" },
        { Job(Tj + ", spot: true, billableSeconds: 4000"), "trainingJobs[0].billableSeconds: must be at most 3600, got 4000" },
        { Job("name: job-1, status: InProgress, createdDaysAgo: 2, instanceType: ml.g5.xlarge, billableSeconds: 10"), "trainingJobs[0].billableSeconds: only a finished job (with durationHours) has billable seconds" },
        { Job(Tj + ", checkpointS3Uri: /tmp/ckpt"), "trainingJobs[0].checkpointS3Uri: '/tmp/ckpt' is not an S3 URI" },
        { Job("name: job-1, createdDaysAgo: 0.001, startDelayMinutes: 60, status: InProgress, instanceType: ml.g5.xlarge"), "trainingJobs[0].startDelayMinutes: the job would start after the estate's now" },
        { Job("name: job-1, createdDaysAgo: 2, durationHours: 1, instanceType: ml.m5.xlarge, gpu: { pattern: constant, percent: 5 }"), "trainingJobs[0].gpu: instance type 'ml.m5.xlarge' has no GPU" },
        { Job(Tj + ", cpu: { pattern: traffic, percent: 5 }"), "trainingJobs[0].cpu.pattern: 'traffic' is not a cpu pattern (constant, diurnal, none)" },
        { Job(Tj + ", memory: { pattern: constant, percent: 101 }"), "trainingJobs[0].memory.percent: must be at most 100, got 101" },
        { Job(Tj + ", gpu: { pattern: constant, percent: 50, basePercent: 10 }"), "trainingJobs[0].gpu.basePercent: is not used by pattern 'constant'" },
        { Job(Tj + ", gpu: { pattern: diurnal, percent: 10, basePercent: 50 }"), "trainingJobs[0].gpu.basePercent: must not exceed percent" },
        { "endpoints: []\ntrainingJobs:\n  - { " + Tj + " }\n  - { " + Tj + " }\n", "trainingJobs[1].name: duplicate training job name 'job-1' (also at trainingJobs[0])" },

        // notebook instances
        { Notebook("name: nb-1"), "notebookInstances[0].instanceType: required field is missing" },
        { Notebook("name: nb-1, instanceType: ml.x9.huge"), "notebookInstances[0].instanceType: 'ml.x9.huge' is not a SageMaker instance type in the price table" },
        { Notebook("name: nb-1, instanceType: ml.t3.medium, status: Asleep"), "notebookInstances[0].status: 'Asleep' is not a notebook instance status" },
        { Notebook("name: nb-1, instanceType: ml.t3.medium, createdDaysAgo: 3, lastModifiedDaysAgo: 5"), "notebookInstances[0].lastModifiedDaysAgo: is before the notebook was created" },
        { Notebook("name: nb-1, instanceType: ml.t3.medium, lastModifiedTime: 2030-01-01T00:00:00Z"), "notebookInstances[0].lastModifiedTime: is after the estate's now" },
        { Notebook("name: nb-1, instanceType: ml.t3.medium, volumeSizeGb: 2"), "notebookInstances[0].volumeSizeGb: must be at least 5, got 2" },
        { Notebook("name: nb-1, instanceType: ml.t3.medium, acceleratorTypes: [ ml.g5.xlarge ]"), "notebookInstances[0].acceleratorTypes[0]: 'ml.g5.xlarge' is not an Elastic Inference type" },
        { Notebook("name: nb-1, instanceType: ml.t3.medium, lifecycleConfig: 'auto stop'"), "notebookInstances[0].lifecycleConfig: 'auto stop' is not a valid name" },
        { Notebook("name: nb-1, instanceType: ml.t3.medium, tags: { owner: [a] }"), "notebookInstances[0].tags.owner: expected a text value, got a list" },
        { "endpoints: []\nnotebookInstances:\n  - { name: nb-1, instanceType: ml.t3.medium }\n  - { name: NB-1, instanceType: ml.t3.medium }\n", "notebookInstances[1].name: duplicate notebook instance name 'NB-1' (also at notebookInstances[0])" },

        // Studio apps
        { App("userProfile: alice"), "studioApps[0].appType: required field is missing" },
        { App("userProfile: alice, appType: Notebook"), "studioApps[0].appType: 'Notebook' is not a Studio app type" },
        { App("appType: JupyterLab"), "studioApps[0].userProfile: set exactly one of userProfile or space" },
        { App("userProfile: alice, space: s-1, appType: JupyterLab"), "studioApps[0].userProfile: set exactly one of userProfile or space" },
        { App("userProfile: alice, appType: JupyterLab, domainId: D-123"), "studioApps[0].domainId: 'D-123' is not a Studio domain id" },
        { App("userProfile: alice, appType: JupyterServer, instanceType: ml.t3.medium"), "studioApps[0].instanceType: a JupyterServer app runs on the system instance" },
        { App("userProfile: alice, appType: JupyterLab, instanceType: ml.q9.large"), "studioApps[0].instanceType: 'ml.q9.large' is not a SageMaker instance type" },
        { App("userProfile: alice, appType: JupyterLab, status: Running"), "studioApps[0].status: 'Running' is not a Studio app status" },
        { "endpoints: []\nstudioApps:\n  - { userProfile: alice, appType: JupyterLab }\n  - { userProfile: alice, appType: JupyterLab }\n",
            "studioApps[1].appName: duplicate Studio app 'd-sandbox1234ab/alice/JupyterLab/default' (also at studioApps[0])" },

        // EC2 instances
        { Ec2("state: running"), "ec2Instances[0].instanceType: required field is missing" },
        { Ec2("instanceType: ml.g5.xlarge"), "ec2Instances[0].instanceType: 'ml.g5.xlarge' is not an EC2 instance type in the price table (EC2 types have no ml. prefix)" },
        { Ec2("instanceType: z9.large"), "ec2Instances[0].instanceType: 'z9.large' is not an EC2 instance type in the price table (e.g. g5.xlarge)" },
        { Ec2("instanceType: g5.xlarge, instanceId: i-XYZ"), "ec2Instances[0].instanceId: 'i-XYZ' is not an EC2 instance id" },
        { Ec2("instanceType: g5.xlarge, state: sleeping"), "ec2Instances[0].state: 'sleeping' is not an instance state" },
        { Ec2("instanceType: g5.xlarge, launchedDaysAgo: 4000"), "ec2Instances[0].launchedDaysAgo: must be at most 3650, got 4000" },
        { Ec2("instanceType: g5.xlarge, launchedDaysAgo: 2, launchTime: 2026-11-01T00:00:00Z"), "ec2Instances[0].launchTime: set either launchedDaysAgo or launchTime, not both" },
        { Ec2("instanceType: g5.xlarge, stoppedHoursAgo: 3"), "ec2Instances[0].stoppedHoursAgo: only a stopping, stopped, shutting-down or terminated instance has a stop time" },
        { Ec2("instanceType: g5.xlarge, state: stopped, launchedDaysAgo: 1, stoppedHoursAgo: 48"), "ec2Instances[0].stoppedHoursAgo: the instance would stop before it was launched" },
        { Ec2("instanceType: g5.xlarge, availabilityZone: eu-west-1a"), "ec2Instances[0].availabilityZone: 'eu-west-1a' is not a zone of region us-east-1" },
        { Ec2("instanceType: g5.xlarge, rootDeviceType: floppy"), "ec2Instances[0].rootDeviceType: 'floppy' is not a root device type" },
        { Ec2("instanceType: m5.large, gpuAgent: true"), "ec2Instances[0].gpuAgent: instance type 'm5.large' has no NVIDIA GPU" },
        { Ec2("instanceType: inf2.xlarge, gpu: { pattern: constant, percent: 3 }"), "ec2Instances[0].gpu: instance type 'inf2.xlarge' has no GPU" },
        { Ec2("instanceType: g5.xlarge, gpu: { pattern: constant, percent: 3 }"), "ec2Instances[0].gpu: GPU metrics come from the CloudWatch agent: set gpuAgent: true" },
        { Ec2("instanceType: g5.xlarge, networkIn: { pattern: constant, peakPerHour: 3 }"), "ec2Instances[0].networkIn.peakPerHour: is not used by pattern 'constant'" },
        { Ec2("instanceType: g5.xlarge, networkOut: { pattern: diurnal, peakPerHour: 3, basePerHour: 9 }"), "ec2Instances[0].networkOut.basePerHour: must not exceed peakPerHour" },
        { Ec2("instanceType: g5.xlarge, networkOut: { pattern: bursty }"), "ec2Instances[0].networkOut.pattern: 'bursty' is not a networkOut pattern (constant, diurnal, none)" },
        { Ec2("instanceType: g5.xlarge, cpu: 40"), "ec2Instances[0].cpu: expected a mapping, got '40'" },
        { "endpoints: []\nec2Instances:\n  - { instanceType: g5.xlarge, instanceId: i-0123456789abcdef0 }\n  - { instanceType: g5.xlarge, instanceId: i-0123456789abcdef0 }\n",
            "ec2Instances[1].instanceId: duplicate instance id 'i-0123456789abcdef0' (also at ec2Instances[0])" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_The_Exact_Field_Path_And_What_Is_Wrong(string content, string expected)
    {
        var error = Fail(content);
        Assert.Contains(error.Problems, p => p.StartsWith(expected, StringComparison.Ordinal));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Collects_Problems_From_Every_Section_At_Once_And_Json_Uses_The_Same_Paths()
    {
        // The component names an invalid model (m-1, reported once at models[0]) and an endpoint that does not exist.
        const string Content = """
            {
              "endpoints": [],
              "models": [ { "name": "m-1" } ],
              "inferenceComponents": [ { "name": "ic-1", "endpoint": "ghost-1", "model": "m-1" } ],
              "trainingJobs": [ { "name": "job-1", "createdDaysAgo": 1, "durationHours": 1, "instanceType": "ml.x9.huge" } ],
              "notebookInstances": [ { "name": "nb-1", "instanceType": "ml.t3.medium", "volumeSizeGb": "big" } ],
              "studioApps": [ { "userProfile": "alice", "appType": "Nope" } ],
              "ec2Instances": [ { "instanceType": "g5.xlarge", "spot": "maybe" } ]
            }
            """;
        var error = Fail(Content, ".json");
        Assert.Equal(
        [
            "models[0].image: required field is missing",
            "inferenceComponents[0].endpoint: no endpoint named 'ghost-1' in the endpoints section",
            "trainingJobs[0].instanceType: 'ml.x9.huge' is not a SageMaker instance type in the price table (e.g. ml.m5.xlarge)",
            "notebookInstances[0].volumeSizeGb: expected a whole number, got 'big'",
            "studioApps[0].appType: 'Nope' is not a Studio app type (one of JupyterServer, KernelGateway, DetailedProfiler, TensorBoard, CodeEditor, JupyterLab, RStudioServerPro, RSessionGateway, Canvas)",
            "ec2Instances[0].spot: expected true or false, got 'maybe'",
        ], error.Problems);
    }

    [Fact]
    public void An_Unknown_Top_Level_Field_Lists_Every_Section()
    {
        var error = Fail("endpoints: []\nsagemakerModels: []\n");
        Assert.Equal(
            ["sagemakerModels: unknown field (allowed: account, region, now, stsExternalId, endpoints, models, inferenceComponents, trainingJobs, notebookInstances, studioApps, ec2Instances)"],
            error.Problems);
    }
}
