using Advisor.Aws.Errors;
using Advisor.Remediation.Tests.Support;

namespace Advisor.Remediation.Tests.Sandbox;

/// <summary>The sandbox's UpdateInferenceComponentRuntimeConfig and failing endpoint updates answer like AWS.</summary>
public sealed class InferenceComponentOperationsTests
{
    [Fact]
    public async Task Runtime_Config_Update_Moves_The_Copy_Count_Through_Updating()
    {
        await using var rig = await SandboxRig.StartAsync();
        var component = rig.Estate.InferenceComponents.First(c => c.Status == "InService");

        await rig.Region.SageMakerActions.UpdateInferenceComponentCopyCountAsync(component.Name, 0);

        var updating = await rig.Region.SageMaker.DescribeInferenceComponentAsync(component.Name);
        var settled = await rig.Region.SageMaker.DescribeInferenceComponentAsync(component.Name);
        Assert.Equal(("Updating", 0, component.CopyCount), (updating.InferenceComponentStatus, updating.DesiredCopyCount, updating.CurrentCopyCount));
        Assert.Equal(("InService", 0, 0), (settled.InferenceComponentStatus, settled.DesiredCopyCount, settled.CurrentCopyCount));
        Assert.Equal(1, rig.MutatingCalls);
    }

    [Fact]
    public async Task Updating_An_Unknown_Component_Is_A_Not_Found_Naming_Its_Arn()
    {
        await using var rig = await SandboxRig.StartAsync();

        var error = await Assert.ThrowsAsync<AwsNotFoundException>(() => rig.Region.SageMakerActions.UpdateInferenceComponentCopyCountAsync("no-such-ic", 0));

        Assert.Contains("Could not find inference component", error.Message, StringComparison.Ordinal);
        Assert.Contains("inference-component/no-such-ic", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Updating_A_Component_That_Is_Still_Updating_Is_Refused()
    {
        await using var rig = await SandboxRig.StartAsync();
        var component = rig.Estate.InferenceComponents.First(c => c.Status == "InService");
        await rig.Region.SageMakerActions.UpdateInferenceComponentCopyCountAsync(component.Name, 0);

        var error = await Assert.ThrowsAnyAsync<AwsServiceException>(() => rig.Region.SageMakerActions.UpdateInferenceComponentCopyCountAsync(component.Name, 2));

        Assert.Equal("ValidationException", error.ErrorCode);
        Assert.Contains("Updating", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_Update_To_An_Unhosted_Instance_Type_Ends_Failed_With_A_Reason_And_Can_Be_Updated_Back()
    {
        await using var rig = await SandboxRig.StartAsync();
        var endpoint = rig.SizableEndpoint();
        var old = await rig.Region.SageMaker.DescribeEndpointConfigAsync(endpoint.ConfigName);
        await rig.Region.SageMakerActions.CreateEndpointConfigAsync(endpoint.Name + "-bad", [.. old.ProductionVariants.Select(v => v with { InstanceType = "ml.nosuch.large" })]);

        await rig.Region.SageMakerActions.UpdateEndpointAsync(endpoint.Name, endpoint.Name + "-bad");
        Assert.Equal("Updating", (await rig.Region.SageMaker.DescribeEndpointAsync(endpoint.Name)).EndpointStatus);
        var failed = await rig.Region.SageMaker.DescribeEndpointAsync(endpoint.Name);
        await rig.Region.SageMakerActions.UpdateEndpointAsync(endpoint.Name, endpoint.ConfigName);
        await rig.Region.SageMaker.DescribeEndpointAsync(endpoint.Name);
        var restored = await rig.Region.SageMaker.DescribeEndpointAsync(endpoint.Name);

        Assert.Equal("Failed", failed.EndpointStatus);
        Assert.Contains("ml.nosuch.large", failed.FailureReason, StringComparison.Ordinal);
        Assert.Equal(("InService", endpoint.ConfigName, null), (restored.EndpointStatus, restored.EndpointConfigName, restored.FailureReason));
    }
}
