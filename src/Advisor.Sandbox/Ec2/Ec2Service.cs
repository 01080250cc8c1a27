using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.Ec2;

/// <summary>The EC2 operations of the sandbox (ec2Query: form POST, Version 2016-11-15, namespaced XML answers).</summary>
internal sealed class Ec2Service(SandboxEstate estate) : ISandboxApi
{
    private readonly DescribeInstancesOperation _instances = new(estate);
    private readonly DescribeInstanceTypesOperation _types = new();
    private readonly DescribeSpotPriceHistoryOperation _spot = new(estate);
    private readonly InstanceStateOperations _state = new(estate);

    public SandboxService Service => SandboxService.Ec2;

    public byte[] Handle(ApiCall call)
    {
        try
        {
            return call.Operation switch
            {
                "DescribeInstances" => _instances.Execute(call.Form, call.RequestId),
                "DescribeInstanceTypes" => _types.Execute(call.Form, call.RequestId),
                "DescribeSpotPriceHistory" => _spot.Execute(call.Form, call.RequestId),
                "StopInstances" => _state.Stop(call.Form, call.RequestId),
                "StartInstances" => _state.Start(call.Form, call.RequestId),
                "CreateTags" => _state.CreateTags(call.Form, call.RequestId),
                _ => throw Ec2Errors.InvalidAction(call.Operation),
            };
        }
        catch (WireInputException ex)
        {
            throw Ec2Errors.InvalidParameterValue(ex.Message);
        }
    }
}
