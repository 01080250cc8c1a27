using Advisor.Host.Tests.Support;

namespace Advisor.Host.Tests.EndToEnd;

/// <summary>Bad input gets one clear message that names what is wrong, and a non-zero exit code.</summary>
public sealed class BadInputTests
{
    [Fact]
    public async Task A_Bad_Threshold_In_Configuration_Stops_The_Run_And_Names_The_Key()
    {
        using var dir = new TempDir();
        var config = dir.File("bad.json");
        File.WriteAllText(config, """{ "Analyzers": { "SageMakerEndpointIdle": { "MinMonitoredCoverage": 1.5 } } }""");

        var (exit, output) = await CliRun.RunAsync("demo", "--config", config, "--output", dir.File("out"));

        Assert.Equal(1, exit);
        Assert.Contains("MinMonitoredCoverage", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir.File("out")));
    }

    [Fact]
    public async Task An_Invalid_Estate_File_Is_Refused_With_The_Path_Of_The_Bad_Field()
    {
        using var dir = new TempDir();
        var estate = dir.File("estate.yaml");
        File.WriteAllText(estate, """
            account: "123456789012"
            region: us-east-1
            endpoints:
              - name: broken
                createdDaysAgo: 30
                variants:
                  - name: AllTraffic
                    instanceType: ml.x9.huge
                    instanceCount: 1
            """);

        var (exit, output) = await CliRun.RunAsync("demo", "--estate", estate, "--output", dir.File("out"));

        Assert.Equal(1, exit);
        Assert.Contains("endpoints[0].variants[0].instanceType", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Missing_Estate_File_Is_Named()
    {
        using var dir = new TempDir();

        var (exit, output) = await CliRun.RunAsync("demo", "--estate", dir.File("nope.yaml"), "--output", dir.File("out"));

        Assert.Equal(1, exit);
        Assert.Contains("nope.yaml", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--scale", "0")]
    [InlineData("--scale", "abc")]
    public async Task Out_Of_Range_Options_Are_Rejected_By_The_Parser(string option, string value)
    {
        var (exit, _) = await CliRun.RunAsync("demo", option, value);

        Assert.NotEqual(0, exit);
    }
}
