using System.Text.Json;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.SageMaker;

/// <summary>DescribeNotebookInstance, with the accelerators, volume and lifecycle config the list does not carry.</summary>
internal sealed class DescribeNotebookInstanceOperation(SandboxEstate estate)
{
    public byte[] Handle(JsonElement input)
    {
        var name = SageMakerService.RequiredString(input, "NotebookInstanceName");
        var n = SageMakerListing.Find(estate.NotebookInstances, x => x.Name, name)
            ?? throw ApiErrors.Validation($"Could not find notebook instance \"{estate.Arn("notebook-instance", name)}\".");
        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("NotebookInstanceArn", estate.Arn("notebook-instance", n.Name));
            w.WriteString("NotebookInstanceName", n.Name);
            w.WriteString("NotebookInstanceStatus", n.Status);
            w.WriteString("Url", ListNotebookInstancesOperation.Url(estate, n));
            w.WriteString("InstanceType", n.InstanceType);
            w.WriteString("RoleArn", $"arn:aws:iam::{estate.AccountId}:role/SageMakerExecution");
            w.WriteTimestamp("LastModifiedTime", n.LastModifiedTime);
            w.WriteTimestamp("CreationTime", n.CreationTime);
            w.WriteOptional("NotebookInstanceLifecycleConfigName", n.LifecycleConfigName);
            w.WriteString("DirectInternetAccess", "Enabled");
            w.WriteNumber("VolumeSizeInGB", n.VolumeSizeGb);
            if (n.AcceleratorTypes.Count > 0)
            {
                w.WriteStartArray("AcceleratorTypes");
                foreach (var accelerator in n.AcceleratorTypes)
                {
                    w.WriteStringValue(accelerator);
                }

                w.WriteEndArray();
            }

            w.WriteString("RootAccess", "Enabled");
            w.WriteString("PlatformIdentifier", "notebook-al2-v2");
            w.WriteEndObject();
        });
    }
}
