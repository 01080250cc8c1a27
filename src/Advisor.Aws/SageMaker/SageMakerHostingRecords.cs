namespace Advisor.Aws.SageMaker;

/// <summary>ListInferenceComponents input (filters applied by SageMaker before paging).</summary>
public sealed record ListInferenceComponentsRequest(
    string? NextToken = null, int? MaxResults = null, string? EndpointNameEquals = null, string? StatusEquals = null);

/// <summary>ListInferenceComponents output.</summary>
public sealed record ListInferenceComponentsResponse(IReadOnlyList<InferenceComponentSummary> InferenceComponents, string? NextToken);

/// <summary>One entry of ListInferenceComponents.</summary>
public sealed record InferenceComponentSummary(
    string InferenceComponentName,
    string InferenceComponentArn,
    string EndpointName,
    string VariantName,
    string? InferenceComponentStatus,
    DateTimeOffset CreationTime,
    DateTimeOffset LastModifiedTime);

/// <summary>DescribeInferenceComponent output (Specification and RuntimeConfig flattened to the members the advisor reads).</summary>
public sealed record DescribeInferenceComponentResponse(
    string InferenceComponentName,
    string InferenceComponentArn,
    string EndpointName,
    string VariantName,
    string? InferenceComponentStatus,
    DateTimeOffset CreationTime,
    string? ModelName,
    int? CurrentCopyCount,
    int? DesiredCopyCount,
    double? NumberOfCpuCoresRequired,
    double? NumberOfAcceleratorDevicesRequired,
    int? MinMemoryRequiredInMb);

/// <summary>ListModels input.</summary>
public sealed record ListModelsRequest(string? NextToken = null, int? MaxResults = null, string? NameContains = null);

/// <summary>ListModels output.</summary>
public sealed record ListModelsResponse(IReadOnlyList<ModelSummary> Models, string? NextToken);

/// <summary>One entry of ListModels.</summary>
public sealed record ModelSummary(string ModelName, string ModelArn, DateTimeOffset CreationTime);

/// <summary>DescribeModel output: the image and mode come from PrimaryContainer, or from Containers[0] for inference pipelines.</summary>
public sealed record DescribeModelResponse(string ModelName, string ModelArn, DateTimeOffset CreationTime, string? Image, string? Mode);

/// <summary>ListTags input. MaxResults must be 50–100 (AWS's minimum page is 50).</summary>
public sealed record ListTagsRequest(string ResourceArn, string? NextToken = null, int? MaxResults = null);

/// <summary>ListTags output.</summary>
public sealed record ListTagsResponse(IReadOnlyList<SageMakerTag> Tags, string? NextToken);

/// <summary>One resource tag.</summary>
public sealed record SageMakerTag(string Key, string Value);
