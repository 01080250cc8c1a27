using System.Text.Json;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Tests.Support;

namespace Advisor.Sandbox.Tests.AwsCli;

/// <summary>The image's AWS CLI (1.45) scales an inference component through the sandbox's UpdateInferenceComponentRuntimeConfig.</summary>
public sealed class InferenceComponentCliTests
{
    [Fact]
    public async Task The_Image_Cli_Scales_A_Component_To_Zero_Through_Updating()
    {
        await using var sandbox = await RunningSandbox.StartAsync(estate: TestEstate.Build() with
        {
            InferenceComponents =
            [
                new SandboxInferenceComponent
                {
                    Name = "beta-ic1", EndpointName = "beta", VariantName = "AllTraffic", ModelName = "beta-model", CreationTime = TestEstate.Now.AddDays(-2), CopyCount = 2,
                },
            ],
        });

        var update = await RunAsync(sandbox, "sagemaker", "update-inference-component-runtime-config",
            "--inference-component-name", "beta-ic1", "--desired-runtime-config", "CopyCount=0");
        var updating = JsonDocument.Parse((await RunAsync(sandbox, "sagemaker", "describe-inference-component", "--inference-component-name", "beta-ic1")).StdOut).RootElement;
        var settled = JsonDocument.Parse((await RunAsync(sandbox, "sagemaker", "describe-inference-component", "--inference-component-name", "beta-ic1")).StdOut).RootElement;
        var missing = await RunAsync(sandbox, "sagemaker", "update-inference-component-runtime-config",
            "--inference-component-name", "nope", "--desired-runtime-config", "CopyCount=0");

        Assert.True(update.ExitCode == 0, update.StdErr);
        Assert.EndsWith(":inference-component/beta-ic1", JsonDocument.Parse(update.StdOut).RootElement.GetProperty("InferenceComponentArn").GetString(), StringComparison.Ordinal);
        Assert.Equal("Updating", updating.GetProperty("InferenceComponentStatus").GetString());
        Assert.Equal((0, 2), (updating.GetProperty("RuntimeConfig").GetProperty("DesiredCopyCount").GetInt32(), updating.GetProperty("RuntimeConfig").GetProperty("CurrentCopyCount").GetInt32()));
        Assert.Equal("InService", settled.GetProperty("InferenceComponentStatus").GetString());
        Assert.Equal(0, settled.GetProperty("RuntimeConfig").GetProperty("CurrentCopyCount").GetInt32());
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("Could not find inference component", missing.StdErr, StringComparison.Ordinal);
    }

    private static Task<AwsCliRunner.Result> RunAsync(RunningSandbox sandbox, params string[] args) =>
        AwsCliRunner.RunAsync(AwsCliFlavour.Image, sandbox.Server.BaseUrl, SandboxCredentials.SecretAccessKey, args);
}
