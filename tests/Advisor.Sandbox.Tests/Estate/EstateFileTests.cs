using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Estate.File;
using Advisor.Sandbox.Generation;
using Advisor.Sandbox.Tests.Generation;

namespace Advisor.Sandbox.Tests.Estate;

public sealed class EstateFileTests
{
    private static readonly EstateFileOptions Options = new() { Now = new DateTimeOffset(2026, 11, 20, 8, 45, 0, TimeSpan.Zero) };

    private const string Yaml = """
        account: "210987654321"
        region: us-east-1
        now: 2026-11-26T12:00:00Z
        endpoints:
          - name: fraud-scoring-prod-17
            status: InService
            createdDaysAgo: 100
            tags: { team: risk, env: prod }
            variants:
              - name: Champion
                instanceType: ml.m5.xlarge
                instanceCount: 2
                invocations: { pattern: diurnal, peakPerHour: 1200, basePerHour: 40 }
                cpu: { pattern: constant, percent: 12 }
              - name: Challenger
                instanceType: ml.g5.xlarge
                managedScaling: { min: 1, max: 3 }
                invocations: { pattern: constant, perHour: 5 }
                gaps: [ { fromHoursAgo: 50, toHoursAgo: 40 } ]
          - name: ocr-extract-dev-2
            creationTime: 2026-11-01T10:15:00Z
            variants:
              - serverless: { memoryMb: 3072, maxConcurrency: 20 }
                invocations: { pattern: zero }
        """;

    private const string Json = """
        {
          "account": "210987654321",
          "region": "us-east-1",
          "now": "2026-11-26T12:00:00Z",
          "endpoints": [
            {
              "name": "fraud-scoring-prod-17", "status": "InService", "createdDaysAgo": 100,
              "tags": { "team": "risk", "env": "prod" },
              "variants": [
                { "name": "Champion", "instanceType": "ml.m5.xlarge", "instanceCount": 2,
                  "invocations": { "pattern": "diurnal", "peakPerHour": 1200, "basePerHour": 40 },
                  "cpu": { "pattern": "constant", "percent": 12 } },
                { "name": "Challenger", "instanceType": "ml.g5.xlarge", "managedScaling": { "min": 1, "max": 3 },
                  "invocations": { "pattern": "constant", "perHour": 5 },
                  "gaps": [ { "fromHoursAgo": 50, "toHoursAgo": 40 } ] }
              ]
            },
            {
              "name": "ocr-extract-dev-2", "creationTime": "2026-11-01T10:15:00Z",
              "variants": [ { "serverless": { "memoryMb": 3072, "maxConcurrency": 20 }, "invocations": { "pattern": "zero" } } ]
            }
          ]
        }
        """;

    [Fact]
    public void Yaml_And_Json_Files_With_The_Same_Content_Give_The_Same_Estate()
    {
        using var yaml = new TempEstateFile(Yaml, ".yaml");
        using var json = new TempEstateFile(Json, ".json");
        var fromYaml = EstateFile.Load(yaml.Path, Options);
        var fromJson = EstateFile.Load(json.Path, Options);
        var empty = new GroundTruth([], []);
        Assert.Equal(
            EstateText.Canonical(new GeneratedEstate(fromYaml, empty)),
            EstateText.Canonical(new GeneratedEstate(fromJson, empty)));
        Assert.Equal(2, fromYaml.Endpoints.Count);
    }

    [Fact]
    public void Reads_Every_Field_And_Fills_The_Documented_Defaults()
    {
        using var file = new TempEstateFile(Yaml, ".yml");
        var estate = EstateFile.Load(file.Path, Options);

        Assert.Equal("210987654321", estate.AccountId);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero), estate.Now);
        var fraud = estate.Endpoints[0];
        Assert.Equal(estate.Now.AddDays(-100), fraud.CreationTime);
        Assert.Equal("fraud-scoring-prod-17-cfg-20260818", fraud.ConfigName);
        Assert.Equal("risk", fraud.Tags["team"]);
        var config = estate.EndpointConfigs[0];
        Assert.Equal(2, config.Variants[0].InstanceCount);
        Assert.Equal(1, config.Variants[1].InstanceCount);
        Assert.Equal((1, 3), (config.Variants[1].ManagedScalingMin!.Value, config.Variants[1].ManagedScalingMax!.Value));

        var ocr = estate.EndpointConfigs[1].Variants.Single();
        Assert.Equal("AllTraffic", ocr.Name);
        Assert.Equal("ocr-extract-dev-2-alltraffic-model", ocr.ModelName);
        Assert.Equal((3072, 20), (ocr.ServerlessMemoryMb!.Value, ocr.ServerlessMaxConcurrency!.Value));
        Assert.Null(ocr.InstanceType);
        Assert.Equal("InService", estate.Endpoints[1].Status);
    }

    [Fact]
    public void Takes_Now_Account_And_Region_From_The_Options_When_The_File_Omits_Them()
    {
        using var file = new TempEstateFile("endpoints: []\n", ".yaml");
        var estate = EstateFile.Load(file.Path, Options);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero), estate.Now);
        Assert.Equal("123456789012", estate.AccountId);
        Assert.Equal("us-east-1", estate.Region);
        Assert.Empty(estate.Endpoints);
    }

    [Fact]
    public void Synthesises_Metrics_From_The_Shapes_Scaled_By_The_Hardware()
    {
        using var file = new TempEstateFile(Yaml, ".yaml");
        var estate = EstateFile.Load(file.Path, Options);
        HourlySeries Find(string ns, string metric, string variant, string endpoint = "fraud-scoring-prod-17") =>
            estate.Metrics.Find(new SeriesKey(ns, metric, new Dictionary<string, string> { ["EndpointName"] = endpoint, ["VariantName"] = variant }))!;

        var cpu = Find("/aws/sagemaker/Endpoints", "CPUUtilization", "Champion");
        Assert.Equal(720, cpu.Values.Count);
        Assert.All(cpu.Values, v => Assert.Equal(48.0, v)); // 12% per vCPU × 4 vCPUs of ml.m5.xlarge

        var invocations = Find("AWS/SageMaker", "Invocations", "Champion");
        Assert.Equal(1200.0, invocations.Values.Max()!.Value, 0);
        Assert.InRange(invocations.Values.Min()!.Value, 40.0, 41.0);

        var challenger = Find("AWS/SageMaker", "Invocations", "Challenger");
        Assert.Equal(10, challenger.Values.Count(v => v is null)); // the gap: hours starting 50..41 hours before now
        Assert.Null(challenger.Values[^50]);
        Assert.Equal(5.0, challenger.Values[^40]);
        Assert.NotNull(Find("/aws/sagemaker/Endpoints", "GPUUtilization", "Challenger"));

        var serverless = Find("AWS/SageMaker", "Invocations", "AllTraffic", "ocr-extract-dev-2");
        Assert.All(serverless.Values, v => Assert.Equal(0.0, v));
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 11, 0, 0, TimeSpan.Zero), serverless.Start);
        Assert.Null(estate.Metrics.Find(new SeriesKey("/aws/sagemaker/Endpoints", "CPUUtilization",
            new Dictionary<string, string> { ["EndpointName"] = "ocr-extract-dev-2", ["VariantName"] = "AllTraffic" })));
    }

    [Fact]
    public void The_Documented_Example_Loads_And_Reads_As_Its_Comments_Say()
    {
        var estate = EstateFile.Load(TempEstateFile.RepoFile("docs/examples/small-estate.yaml"), Options);
        Assert.Equal(7, estate.Endpoints.Count);
        var outcomes = estate.Endpoints.ToDictionary(e => e.Name, e => IdleRuleOracle.Evaluate(estate, e), StringComparer.Ordinal);

        Assert.Equal((IdleRuleOracle.Outcome.Idle, 2055.68m), outcomes["llm-chat-staging-4"]);
        Assert.Equal((IdleRuleOracle.Outcome.Idle, 673.06m), outcomes["demand-forecast-prod-8"]);
        Assert.Equal(IdleRuleOracle.Outcome.Busy, outcomes["fraud-scoring-prod-17"].Outcome);
        Assert.Equal(IdleRuleOracle.Outcome.Busy, outcomes["recsys-ranker-prod-1"].Outcome);
        Assert.Equal(IdleRuleOracle.Outcome.InsufficientData, outcomes["search-embeddings-dev-2"].Outcome);
        Assert.Equal(IdleRuleOracle.Outcome.InsufficientData, outcomes["churn-predict-prod-3"].Outcome);
        Assert.Equal(IdleRuleOracle.Outcome.Excluded, outcomes["support-intent-dev-9"].Outcome);
    }
}
