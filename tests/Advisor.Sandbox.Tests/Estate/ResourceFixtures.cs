namespace Advisor.Sandbox.Tests.Estate;

/// <summary>The same estate with every resource section and most fields, once in YAML and once in JSON.</summary>
internal static class ResourceFixtures
{
    public const string Yaml = """
        now: 2026-11-26T12:00:00Z
        stsExternalId: advisor-ext-42
        endpoints:
          - name: ranker-prod-1
            createdDaysAgo: 50
            variants:
              - { name: Main, instanceType: ml.g5.2xlarge, managedScaling: { min: 0, max: 2 } }
        models:
          - { name: ranker-model-a, image: 111122223333.dkr.ecr.us-east-1.amazonaws.com/ranker:1.0, mode: MultiModel, createdDaysAgo: 49 }
          - { name: ranker-model-b, image: 111122223333.dkr.ecr.us-east-1.amazonaws.com/ranker:2.0 }
        inferenceComponents:
          - { name: ranker-ic1, endpoint: ranker-prod-1, variant: Main, model: ranker-model-a, copyCount: 0, cpuCoresRequired: 0.5, acceleratorDevicesRequired: 1, minMemoryRequiredMb: 2048, status: Updating, creationTime: 2026-10-10T10:10:00Z }
          - { name: ranker-ic2, endpoint: ranker-prod-1, model: ranker-model-b }
        trainingJobs:
          - name: churn-train-1
            creationTime: 2026-11-25T09:30:00Z
            startDelayMinutes: 10
            durationHours: 2.5
            instanceType: ml.g5.xlarge
            instanceCount: 2
            image: 683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1
            spot: true
            checkpointS3Uri: s3://bucket/churn/
            maxRuntimeSeconds: 36000
            billableSeconds: 3600
            tags: { team: growth }
            cpu: { pattern: constant, percent: 25 }
            gpu: { pattern: diurnal, percent: 90, basePercent: 50 }
          - { name: etl-train-2, status: InProgress, createdDaysAgo: 0.5, instanceType: ml.m5.xlarge }
        notebookInstances:
          - name: alice-notebook
            status: Stopped
            instanceType: ml.g4dn.xlarge
            creationTime: 2026-06-01T00:00:00Z
            lastModifiedDaysAgo: 2
            lifecycleConfig: auto-stop-idle
            acceleratorTypes: [ ml.eia2.medium ]
            volumeSizeGb: 50
            tags: { owner: alice }
          - { name: bob-notebook, instanceType: ml.t3.medium }
        studioApps:
          - { domainId: d-abc123def456, userProfile: alice, appType: KernelGateway, appName: datascience-1, status: Pending, createdDaysAgo: 1, instanceType: ml.g4dn.xlarge }
          - { space: team-space, appType: JupyterServer }
        ec2Instances:
          - instanceId: i-0123456789abcdef0
            instanceType: g5.12xlarge
            state: running
            launchTime: 2026-11-10T08:20:00Z
            availabilityZone: us-east-1c
            rootDeviceType: instance-store
            spot: true
            gpuAgent: true
            tags: { Name: llm-box, team: llm }
            cpu: { pattern: constant, percent: 4 }
            networkIn: { pattern: constant, perHour: 1000 }
            networkOut: { pattern: diurnal, peakPerHour: 5000, basePerHour: 100 }
            gpu: { pattern: constant, percent: 1 }
            gpuMemory: { pattern: constant, percent: 50 }
          - { instanceType: m5.large, state: stopped, stoppedHoursAgo: 48 }
        """;

    public const string Json = """
        {
          "now": "2026-11-26T12:00:00Z", "stsExternalId": "advisor-ext-42",
          "endpoints": [ { "name": "ranker-prod-1", "createdDaysAgo": 50,
            "variants": [ { "name": "Main", "instanceType": "ml.g5.2xlarge", "managedScaling": { "min": 0, "max": 2 } } ] } ],
          "models": [
            { "name": "ranker-model-a", "image": "111122223333.dkr.ecr.us-east-1.amazonaws.com/ranker:1.0", "mode": "MultiModel", "createdDaysAgo": 49 },
            { "name": "ranker-model-b", "image": "111122223333.dkr.ecr.us-east-1.amazonaws.com/ranker:2.0" } ],
          "inferenceComponents": [
            { "name": "ranker-ic1", "endpoint": "ranker-prod-1", "variant": "Main", "model": "ranker-model-a", "copyCount": 0, "cpuCoresRequired": 0.5,
              "acceleratorDevicesRequired": 1, "minMemoryRequiredMb": 2048, "status": "Updating", "creationTime": "2026-10-10T10:10:00Z" },
            { "name": "ranker-ic2", "endpoint": "ranker-prod-1", "model": "ranker-model-b" } ],
          "trainingJobs": [
            { "name": "churn-train-1", "creationTime": "2026-11-25T09:30:00Z", "startDelayMinutes": 10, "durationHours": 2.5,
              "instanceType": "ml.g5.xlarge", "instanceCount": 2, "image": "683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1",
              "spot": true, "checkpointS3Uri": "s3://bucket/churn/", "maxRuntimeSeconds": 36000, "billableSeconds": 3600, "tags": { "team": "growth" },
              "cpu": { "pattern": "constant", "percent": 25 }, "gpu": { "pattern": "diurnal", "percent": 90, "basePercent": 50 } },
            { "name": "etl-train-2", "status": "InProgress", "createdDaysAgo": 0.5, "instanceType": "ml.m5.xlarge" } ],
          "notebookInstances": [
            { "name": "alice-notebook", "status": "Stopped", "instanceType": "ml.g4dn.xlarge", "creationTime": "2026-06-01T00:00:00Z",
              "lastModifiedDaysAgo": 2, "lifecycleConfig": "auto-stop-idle", "acceleratorTypes": [ "ml.eia2.medium" ], "volumeSizeGb": 50,
              "tags": { "owner": "alice" } },
            { "name": "bob-notebook", "instanceType": "ml.t3.medium" } ],
          "studioApps": [
            { "domainId": "d-abc123def456", "userProfile": "alice", "appType": "KernelGateway", "appName": "datascience-1", "status": "Pending",
              "createdDaysAgo": 1, "instanceType": "ml.g4dn.xlarge" },
            { "space": "team-space", "appType": "JupyterServer" } ],
          "ec2Instances": [
            { "instanceId": "i-0123456789abcdef0", "instanceType": "g5.12xlarge", "state": "running", "launchTime": "2026-11-10T08:20:00Z",
              "availabilityZone": "us-east-1c", "rootDeviceType": "instance-store", "spot": true, "gpuAgent": true,
              "tags": { "Name": "llm-box", "team": "llm" },
              "cpu": { "pattern": "constant", "percent": 4 }, "networkIn": { "pattern": "constant", "perHour": 1000 },
              "networkOut": { "pattern": "diurnal", "peakPerHour": 5000, "basePerHour": 100 },
              "gpu": { "pattern": "constant", "percent": 1 }, "gpuMemory": { "pattern": "constant", "percent": 50 } },
            { "instanceType": "m5.large", "state": "stopped", "stoppedHoursAgo": 48 } ]
        }
        """;
}
