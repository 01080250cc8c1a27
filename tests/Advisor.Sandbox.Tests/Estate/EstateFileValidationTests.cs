using Advisor.Sandbox.Estate.File;

namespace Advisor.Sandbox.Tests.Estate;

public sealed class EstateFileValidationTests
{
    private static readonly EstateFileOptions Options = new() { Now = new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.Zero) };

    private static EstateFileException Fail(string content, string extension = ".yaml")
    {
        using var file = new TempEstateFile(content, extension);
        return Assert.Throws<EstateFileException>(() => EstateFile.Load(file.Path, Options));
    }

    private static string OneEndpoint(string endpointFields = "", string variantFields = "instanceType: ml.m5.large") => $"""
        endpoints:
          - name: fraud-scoring-prod-1
            createdDaysAgo: 30
        {Indent(endpointFields, 4)}
            variants:
              - {Indent(variantFields, 8).TrimStart()}
        """;

    private static string Indent(string text, int spaces) =>
        string.Join('\n', text.Split('\n').Select(l => l.Length == 0 ? l : new string(' ', spaces) + l));

    public static TheoryData<string, string> Cases => new()
    {
        { OneEndpoint("colour: blue"), "endpoints[0].colour: unknown field" },
        { OneEndpoint(variantFields: "instanceType: ml.m5.large\nweight: 2"), "endpoints[0].variants[0].weight: unknown field" },
        { "endpoints:\n  - createdDaysAgo: 3\n    variants: [ { instanceType: ml.m5.large } ]\n", "endpoints[0].name: required field is missing" },
        { "region: us-east-1\n", "endpoints: required field is missing" },
        { OneEndpoint(variantFields: "instanceCount: 2"), "endpoints[0].variants[0].instanceType: required field is missing" },
        { "endpoints:\n  - name: fraud-scoring-prod-1\n    variants: [ { instanceType: ml.m5.large } ]\n", "endpoints[0].createdDaysAgo: required field is missing" },
        { OneEndpoint().Replace("fraud-scoring-prod-1", "Fraud_Scoring", StringComparison.Ordinal), "endpoints[0].name: 'Fraud_Scoring' is not a valid name" },
        { OneEndpoint(variantFields: "instanceType: ml.m5.large\ninstanceCount: -2"), "endpoints[0].variants[0].instanceCount: must be at least 1, got -2" },
        { OneEndpoint(variantFields: "instanceType: ml.m5.large\ninstanceCount: two"), "endpoints[0].variants[0].instanceCount: expected a whole number, got 'two'" },
        { OneEndpoint(variantFields: "instanceType: ml.x9.huge"), "endpoints[0].variants[0].instanceType: 'ml.x9.huge' is not an instance type in the price table" },
        { OneEndpoint(variantFields: "instanceType: ml.m5.large\ninvocations: { pattern: sometimes }"), "endpoints[0].variants[0].invocations.pattern: 'sometimes' is not an invocations pattern" },
        { OneEndpoint(variantFields: "instanceType: ml.m5.large\ncpu: { pattern: spiky, percent: 3 }"), "endpoints[0].variants[0].cpu.pattern: 'spiky' is not a cpu pattern" },
        { OneEndpoint(variantFields: "instanceType: ml.m5.large\ncpu: { pattern: constant, percent: 130 }"), "endpoints[0].variants[0].cpu.percent: must be at most 100, got 130" },
        { OneEndpoint(variantFields: "instanceType: ml.m5.large\ninvocations: { pattern: diurnal }"), "endpoints[0].variants[0].invocations.peakPerHour: required field is missing" },
        { OneEndpoint(variantFields: "instanceType: ml.m5.large\ninvocations: { pattern: zero, perHour: 3 }"), "endpoints[0].variants[0].invocations.perHour: is not used by pattern 'zero'" },
        { OneEndpoint(variantFields: "instanceType: ml.m5.large\ngpu: { pattern: constant, percent: 3 }"), "endpoints[0].variants[0].gpu: instance type 'ml.m5.large' has no GPU" },
        { OneEndpoint(variantFields: "serverless: { memoryMb: 2048, maxConcurrency: 5 }\ncpu: { pattern: constant, percent: 3 }"), "endpoints[0].variants[0].cpu: serverless variants publish no instance metrics" },
        { OneEndpoint(variantFields: "serverless: { memoryMb: 1500, maxConcurrency: 5 }"), "endpoints[0].variants[0].serverless.memoryMb: must be a multiple of 1024, got 1500" },
        { OneEndpoint(variantFields: "instanceType: ml.m5.large\nserverless: { memoryMb: 2048, maxConcurrency: 5 }"), "endpoints[0].variants[0].serverless: set either instanceType or serverless, not both" },
        { OneEndpoint(variantFields: "instanceType: ml.m5.large\nmanagedScaling: { min: 3, max: 1 }"), "endpoints[0].variants[0].managedScaling.max: must be at least min" },
        { OneEndpoint(variantFields: "instanceType: ml.m5.large\ngaps: [ { fromHoursAgo: 10, toHoursAgo: 20 } ]"), "endpoints[0].variants[0].gaps[0].fromHoursAgo: must be greater than toHoursAgo" },
        { OneEndpoint(variantFields: "instanceType: ml.m5.large\nacceleratorType: ml.g5.xlarge"), "endpoints[0].variants[0].acceleratorType: 'ml.g5.xlarge' is not an Elastic Inference type" },
        { OneEndpoint("status: Sleeping"), "endpoints[0].status: 'Sleeping' is not an endpoint status" },
        { OneEndpoint().Replace("createdDaysAgo: 30", "creationTime: yesterday", StringComparison.Ordinal), "endpoints[0].creationTime: 'yesterday' is not an ISO-8601 date-time" },
        { OneEndpoint().Replace("createdDaysAgo: 30", "creationTime: 2027-01-01T00:00:00Z", StringComparison.Ordinal), "endpoints[0].creationTime: is after the estate's now" },
        { OneEndpoint("creationTime: 2026-01-01T00:00:00Z"), "endpoints[0].creationTime: set either createdDaysAgo or creationTime, not both" },
        { "now: 26/11/2026\n" + OneEndpoint(), "now: '26/11/2026' is not an ISO-8601 date-time" },
        { "account: 12345\n" + OneEndpoint(), "account: '12345' is not a 12-digit AWS account id" },
        { "region: mars-north-1\n" + OneEndpoint(), "region: 'mars-north-1' has no SageMaker prices in the price table" },
        { "endpoints: { name: x }\n", "endpoints: expected a list, got a mapping" },
        { "- just\n- a list\n", "(top level): expected a mapping, got a list" },
        { OneEndpoint("tags: { team: [a, b] }"), "endpoints[0].tags.team: expected a text value, got a list" },
        { OneEndpoint(variantFields: "serverless: { memoryMb: 2048, maxConcurrency: 5 }\nacceleratorType: ml.eia2.medium"), "endpoints[0].variants[0].acceleratorType: only instance-backed variants take an accelerator" },
        { "endpoints: [\n", "(file): not valid YAML at line" },
        { "", "(file): the file is empty" },
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
    public void Reports_Duplicate_Endpoint_Names_Ignoring_Case_With_Both_Places()
    {
        const string Content = """
            endpoints:
              - { name: fraud-scoring-prod-1, createdDaysAgo: 30, variants: [ { instanceType: ml.m5.large } ] }
              - { name: FRAUD-scoring-prod-1, createdDaysAgo: 30, variants: [ { instanceType: ml.x9.huge } ] }
            """;
        var error = Fail(Content);
        Assert.Equal(
        [
            "endpoints[1].name: duplicate endpoint name 'FRAUD-scoring-prod-1' (also at endpoints[0])",
            "endpoints[1].variants[0].instanceType: 'ml.x9.huge' is not an instance type in the price table",
        ], error.Problems);
    }

    [Fact]
    public void Reports_Duplicate_Variant_Names()
    {
        const string Content = """
            endpoints:
              - name: fraud-scoring-prod-1
                createdDaysAgo: 30
                variants:
                  - { name: A, instanceType: ml.m5.large }
                  - { name: A, instanceType: ml.c5.large }
            """;
        var error = Fail(Content);
        Assert.Contains("endpoints[0].variants[1].name: duplicate variant name 'A' (also at endpoints[0].variants[0])", error.Problems);
    }

    [Fact]
    public void Collects_Every_Problem_In_One_Exception()
    {
        const string Content = """
            account: abc
            endpoints:
              - name: ok-1
                createdDaysAgo: 3
                variants: [ { instanceType: ml.x9.huge, instanceCount: -1 } ]
              - name: bad name
                createdDaysAgo: -4
                variants: [ { instanceType: ml.m5.large, invocations: { pattern: sometimes } } ]
            """;
        var error = Fail(Content);
        Assert.Equal(
        [
            "account: 'abc' is not a 12-digit AWS account id",
            "endpoints[0].variants[0].instanceType: 'ml.x9.huge' is not an instance type in the price table",
            "endpoints[0].variants[0].instanceCount: must be at least 1, got -1",
            "endpoints[1].name: 'bad name' is not a valid name: must be 1-63 letters, digits and hyphens, starting and ending with a letter or digit",
            "endpoints[1].createdDaysAgo: must be at least 0, got -4",
            "endpoints[1].variants[0].invocations.pattern: 'sometimes' is not an invocations pattern (diurnal, constant, zero, none)",
        ], error.Problems);
        Assert.StartsWith("Estate file '", error.Message, StringComparison.Ordinal);
        Assert.Contains("has 6 problems", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Json_File_Uses_The_Same_Schema_And_Reports_Syntax_Errors()
    {
        var schema = Fail("""{ "endpoints": [ { "name": "a-1", "createdDaysAgo": 2, "variants": [ { "instanceType": "ml.x9.huge" } ] } ] }""", ".json");
        Assert.Equal(["endpoints[0].variants[0].instanceType: 'ml.x9.huge' is not an instance type in the price table"], schema.Problems);

        var syntax = Fail("{ \"endpoints\": [ }", ".json");
        Assert.StartsWith("(file): not valid JSON at line 1", Assert.Single(syntax.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void A_Missing_File_Is_Named_In_The_Error()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-folder-for-estates", "missing.yaml");
        var error = Assert.Throws<EstateFileException>(() => EstateFile.Load(path, Options));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_Unknown_Extension_Is_Rejected()
    {
        var error = Fail("endpoints: []", ".txt");
        Assert.Contains("unknown extension '.txt'", error.Message, StringComparison.Ordinal);
    }
}
