using System.Text.Json;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.SageMaker;

/// <summary>DescribeModel: the primary container's image and mode.</summary>
internal sealed class DescribeModelOperation(SandboxEstate estate)
{
    public byte[] Handle(JsonElement input)
    {
        var name = SageMakerService.RequiredString(input, "ModelName");
        var m = SageMakerListing.Find(estate.Models, x => x.Name, name)
            ?? throw ApiErrors.Validation($"Could not find model \"{estate.Arn("model", name)}\".");
        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("ModelName", m.Name);
            w.WriteStartObject("PrimaryContainer");
            w.WriteString("Image", m.Image);
            w.WriteString("Mode", m.Mode);
            w.WriteString("ModelDataUrl", $"s3://sagemaker-{estate.Region}-{estate.AccountId}/models/{m.Name}/model.tar.gz");
            w.WriteEndObject();
            w.WriteString("ExecutionRoleArn", $"arn:aws:iam::{estate.AccountId}:role/SageMakerExecution");
            w.WriteTimestamp("CreationTime", m.CreationTime);
            w.WriteString("ModelArn", estate.Arn("model", m.Name));
            w.WriteBoolean("EnableNetworkIsolation", false);
            w.WriteEndObject();
        });
    }
}
