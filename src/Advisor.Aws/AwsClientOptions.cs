using Advisor.Aws.Protocol;

namespace Advisor.Aws;

/// <summary>Settings for <see cref="AwsServiceCollectionExtensions.AddAwsClients"/>. Section <c>Aws</c>.</summary>
public sealed class AwsClientOptions
{
    public const string SectionName = "Aws";

    /// <summary>The region the SageMaker and CloudWatch clients call and sign for, e.g. <c>eu-west-1</c>.</summary>
    public string Region { get; set; } = string.Empty;

    /// <summary>One URL for every service (the sandbox, e.g. <c>http://127.0.0.1:4566</c>); null means the real AWS endpoints.</summary>
    public Uri? EndpointUrl { get; set; }

    /// <summary>Standard-mode retry settings.</summary>
    public AwsRetryOptions Retry { get; set; } = new();
}
