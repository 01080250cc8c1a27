using System.Text.Json;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.SageMaker;

/// <summary>DescribeInferenceComponent: specification (model, compute requirements) and runtime copy counts.</summary>
internal sealed class DescribeInferenceComponentOperation(SandboxEstate estate)
{
    public byte[] Handle(JsonElement input)
    {
        var name = SageMakerService.RequiredString(input, "InferenceComponentName");
        var c = SageMakerListing.Find(estate.InferenceComponents, x => x.Name, name)
            ?? throw ApiErrors.Validation($"Could not find inference component \"{estate.Arn("inference-component", name)}\".");
        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("InferenceComponentName", c.Name);
            w.WriteString("InferenceComponentArn", estate.Arn("inference-component", c.Name));
            w.WriteString("EndpointName", c.EndpointName);
            w.WriteString("EndpointArn", estate.EndpointArn(c.EndpointName));
            w.WriteString("VariantName", c.VariantName);
            w.WriteStartObject("Specification");
            w.WriteString("ModelName", c.ModelName);
            w.WriteStartObject("ComputeResourceRequirements");
            w.WriteNumber("NumberOfCpuCoresRequired", c.CpuCoresRequired);
            if (c.AcceleratorDevicesRequired is { } devices)
            {
                w.WriteNumber("NumberOfAcceleratorDevicesRequired", devices);
            }

            w.WriteNumber("MinMemoryRequiredInMb", c.MinMemoryRequiredMb);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartObject("RuntimeConfig");
            w.WriteNumber("DesiredCopyCount", c.DesiredCopyCount ?? c.CopyCount);
            w.WriteNumber("CurrentCopyCount", c.Status is "InService" or "Updating" ? c.CopyCount : 0);
            w.WriteEndObject();
            w.WriteTimestamp("CreationTime", c.CreationTime);
            w.WriteTimestamp("LastModifiedTime", c.LastModifiedTime ?? c.CreationTime);
            w.WriteString("InferenceComponentStatus", c.Status);
            w.WriteEndObject();
        });
    }
}
