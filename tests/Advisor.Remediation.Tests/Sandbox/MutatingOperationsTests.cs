using Advisor.Aws.Errors;
using Advisor.Remediation.Tests.Support;

namespace Advisor.Remediation.Tests.Sandbox;

/// <summary>The sandbox's mutating operations change the served estate consistently and answer like AWS.</summary>
public sealed class MutatingOperationsTests
{
    [Fact]
    public async Task DeleteEndpoint_Removes_The_Endpoint_But_Keeps_Its_Config_And_CreateEndpoint_Brings_It_Back()
    {
        await using var rig = await SandboxRig.StartAsync();
        var endpoint = rig.TaggedIdle("true")[0];

        await rig.Region.SageMakerActions.DeleteEndpointAsync(endpoint.Name);

        await Assert.ThrowsAsync<AwsNotFoundException>(() => rig.Region.SageMaker.DescribeEndpointAsync(endpoint.Name));
        var config = await rig.Region.SageMaker.DescribeEndpointConfigAsync(endpoint.ConfigName);
        Assert.Equal(endpoint.ConfigName, config.EndpointConfigName);

        await rig.Region.SageMakerActions.CreateEndpointAsync(endpoint.Name, endpoint.ConfigName);
        var creating = await rig.Region.SageMaker.DescribeEndpointAsync(endpoint.Name);
        var settled = await rig.Region.SageMaker.DescribeEndpointAsync(endpoint.Name);
        Assert.Equal("Creating", creating.EndpointStatus);
        Assert.Equal("InService", settled.EndpointStatus);
        Assert.Equal(endpoint.ConfigName, settled.EndpointConfigName);
        Assert.Equal(1, rig.Calls("SageMaker.DeleteEndpoint"));
        Assert.Equal(1, rig.Calls("SageMaker.CreateEndpoint"));
        Assert.Equal(2, rig.MutatingCalls);
    }

    [Fact]
    public async Task Deleting_An_Unknown_Endpoint_Is_A_Not_Found_Naming_Its_Arn()
    {
        await using var rig = await SandboxRig.StartAsync();

        var error = await Assert.ThrowsAsync<AwsNotFoundException>(() => rig.Region.SageMakerActions.DeleteEndpointAsync("no-such-endpoint"));

        Assert.Contains("Could not find endpoint", error.Message, StringComparison.Ordinal);
        Assert.Contains(rig.Estate.EndpointArn("no-such-endpoint"), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateEndpoint_Moves_To_The_New_Config_Through_Updating()
    {
        await using var rig = await SandboxRig.StartAsync();
        var endpoint = rig.Estate.Endpoints.First(e => e.Status == "InService");
        var old = await rig.Region.SageMaker.DescribeEndpointConfigAsync(endpoint.ConfigName);

        await rig.Region.SageMakerActions.CreateEndpointConfigAsync(endpoint.Name + "-cfg-new", old.ProductionVariants);
        await rig.Region.SageMakerActions.UpdateEndpointAsync(endpoint.Name, endpoint.Name + "-cfg-new");

        Assert.Equal("Updating", (await rig.Region.SageMaker.DescribeEndpointAsync(endpoint.Name)).EndpointStatus);
        var after = await rig.Region.SageMaker.DescribeEndpointAsync(endpoint.Name);
        Assert.Equal("InService", after.EndpointStatus);
        Assert.Equal(endpoint.Name + "-cfg-new", after.EndpointConfigName);
    }

    [Fact]
    public async Task Notebook_Stop_And_Start_Move_Through_Their_Transitional_Status()
    {
        await using var rig = await SandboxRig.StartAsync();
        var notebook = rig.Estate.NotebookInstances.First(n => n.Status == "InService");

        await rig.Region.SageMakerActions.StopNotebookInstanceAsync(notebook.Name);
        Assert.Equal("Stopping", (await rig.Region.SageMaker.DescribeNotebookInstanceAsync(notebook.Name)).NotebookInstanceStatus);
        Assert.Equal("Stopped", (await rig.Region.SageMaker.DescribeNotebookInstanceAsync(notebook.Name)).NotebookInstanceStatus);
        var again = await Assert.ThrowsAsync<AwsValidationException>(() => rig.Region.SageMakerActions.StopNotebookInstanceAsync(notebook.Name));
        Assert.Contains("Status (Stopped)", again.Message, StringComparison.Ordinal);

        await rig.Region.SageMakerActions.StartNotebookInstanceAsync(notebook.Name);
        Assert.Equal("Pending", (await rig.Region.SageMaker.DescribeNotebookInstanceAsync(notebook.Name)).NotebookInstanceStatus);
        Assert.Equal("InService", (await rig.Region.SageMaker.DescribeNotebookInstanceAsync(notebook.Name)).NotebookInstanceStatus);
    }

    [Fact]
    public async Task AddTags_And_DeleteTags_Change_What_ListTags_Returns()
    {
        await using var rig = await SandboxRig.StartAsync();
        var endpoint = rig.TaggedIdle("true")[0];
        var arn = rig.Estate.EndpointArn(endpoint.Name);

        await rig.Region.SageMakerActions.AddTagsAsync(arn, new Dictionary<string, string> { ["advisor:planned-action"] = "delete-endpoint@2030-01-01" });
        await rig.Region.SageMakerActions.DeleteTagsAsync(arn, [SandboxRig.OptIn]);

        var tags = (await rig.Region.SageMaker.ListTagsAsync(new Aws.SageMaker.ListTagsRequest(arn))).Tags.ToDictionary(t => t.Key, t => t.Value);
        Assert.Equal("delete-endpoint@2030-01-01", tags["advisor:planned-action"]);
        Assert.False(tags.ContainsKey(SandboxRig.OptIn));
        Assert.Equal(endpoint.Tags["team"], tags["team"]);
    }

    [Fact]
    public async Task Ec2_Stop_Start_And_CreateTags_Change_The_Instance()
    {
        await using var rig = await SandboxRig.StartAsync();
        var instance = rig.Estate.Ec2Instances.First(i => i.State == "running");

        Assert.Equal("stopping", await rig.Region.Ec2.StopInstanceAsync(instance.InstanceId, CancellationToken.None));
        await rig.Region.Ec2.CreateTagsAsync(instance.InstanceId, new Dictionary<string, string> { ["k"] = "v" }, CancellationToken.None);
        var stopped = await rig.Region.Ec2.DescribeInstanceStateAsync(instance.InstanceId, CancellationToken.None);
        Assert.Equal("pending", await rig.Region.Ec2.StartInstanceAsync(instance.InstanceId, CancellationToken.None));
        var running = await rig.Region.Ec2.DescribeInstanceStateAsync(instance.InstanceId, CancellationToken.None);

        Assert.Equal("stopped", stopped!.Value.State);
        Assert.Equal("v", stopped.Value.Tags["k"]);
        Assert.Equal("running", running!.Value.State);
        Assert.Null(await rig.Region.Ec2.DescribeInstanceStateAsync("i-0000000000000dead", CancellationToken.None));
    }

    [Fact]
    public async Task The_Generator_Tags_Some_Idle_Endpoints_In_And_One_Out()
    {
        await using var rig = await SandboxRig.StartAsync();

        Assert.True(rig.TaggedIdle("true").Count >= 2);
        Assert.Single(rig.TaggedIdle("false"));
        Assert.Contains(rig.Estate.Endpoints, e => !e.Tags.ContainsKey(SandboxRig.OptIn));
    }
}
