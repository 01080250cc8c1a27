using System.Text.Json.Serialization;

namespace Advisor.Core.Domain;

/// <summary>
/// Identifies one AWS resource a finding is about. <see cref="Id"/> is the resource's natural name
/// (an endpoint's name, a training job's name, an EC2 instance id), unique within account × region × type.
/// </summary>
public sealed record ResourceRef(string Id, string Arn, string Type, string Account, string Region)
{
    /// <summary>A key that is unique across the whole estate: type, account, region and id.</summary>
    [JsonIgnore]
    public string Key => $"{Type}|{Account}|{Region}|{Id}";
}

/// <summary>Resource type names used in <see cref="ResourceRef.Type"/>.</summary>
public static class ResourceTypes
{
    public const string SageMakerEndpoint = "AWS::SageMaker::Endpoint";
    public const string SageMakerEndpointVariant = "AWS::SageMaker::EndpointVariant";
    public const string SageMakerTrainingJob = "AWS::SageMaker::TrainingJob";
    public const string SageMakerNotebookInstance = "AWS::SageMaker::NotebookInstance";
    public const string Ec2Instance = "AWS::EC2::Instance";
}
