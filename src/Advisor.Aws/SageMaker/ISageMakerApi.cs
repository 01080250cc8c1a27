namespace Advisor.Aws.SageMaker;

/// <summary>
/// The SageMaker operations the advisor uses, in the shape of the API (awsJson1_1, target prefix <c>SageMaker</c>).
/// The hand-written client implements it; the official AWSSDK.SageMaker could replace it without touching collectors.
/// </summary>
public interface ISageMakerApi
{
    /// <summary>One page of ListEndpoints. Pages may be empty yet carry a NextToken: keep paging until it is null.</summary>
    Task<ListEndpointsResponse> ListEndpointsAsync(ListEndpointsRequest request, CancellationToken cancellationToken = default);

    Task<DescribeEndpointResponse> DescribeEndpointAsync(string endpointName, CancellationToken cancellationToken = default);

    Task<DescribeEndpointConfigResponse> DescribeEndpointConfigAsync(string endpointConfigName, CancellationToken cancellationToken = default);

    /// <summary>One page of ListInferenceComponents (MaxResults 1–100).</summary>
    Task<ListInferenceComponentsResponse> ListInferenceComponentsAsync(ListInferenceComponentsRequest request, CancellationToken cancellationToken = default);

    Task<DescribeInferenceComponentResponse> DescribeInferenceComponentAsync(string inferenceComponentName, CancellationToken cancellationToken = default);

    /// <summary>One page of ListModels (MaxResults 1–100).</summary>
    Task<ListModelsResponse> ListModelsAsync(ListModelsRequest request, CancellationToken cancellationToken = default);

    Task<DescribeModelResponse> DescribeModelAsync(string modelName, CancellationToken cancellationToken = default);

    /// <summary>One page of ListTrainingJobs. StatusEquals is applied after MaxResults, so pages may be empty with a NextToken.</summary>
    Task<ListTrainingJobsResponse> ListTrainingJobsAsync(ListTrainingJobsRequest request, CancellationToken cancellationToken = default);

    /// <summary>DescribeTrainingJob; a missing job is <see cref="Errors.AwsNotFoundException"/> (ResourceNotFound).</summary>
    Task<DescribeTrainingJobResponse> DescribeTrainingJobAsync(string trainingJobName, CancellationToken cancellationToken = default);

    /// <summary>One page of ListNotebookInstances (MaxResults 1–100).</summary>
    Task<ListNotebookInstancesResponse> ListNotebookInstancesAsync(ListNotebookInstancesRequest request, CancellationToken cancellationToken = default);

    Task<DescribeNotebookInstanceResponse> DescribeNotebookInstanceAsync(string notebookInstanceName, CancellationToken cancellationToken = default);

    /// <summary>One page of ListApps (Studio apps of every domain; MaxResults 1–100).</summary>
    Task<ListAppsResponse> ListAppsAsync(ListAppsRequest request, CancellationToken cancellationToken = default);

    /// <summary>One page of ListTags for a SageMaker ARN (MaxResults 50–100: AWS rejects fewer than 50).</summary>
    Task<ListTagsResponse> ListTagsAsync(ListTagsRequest request, CancellationToken cancellationToken = default);
}

/// <summary>ListEndpoints input.</summary>
public sealed record ListEndpointsRequest(string? NextToken = null, int? MaxResults = null, string? StatusEquals = null);

/// <summary>ListEndpoints output.</summary>
public sealed record ListEndpointsResponse(IReadOnlyList<EndpointSummary> Endpoints, string? NextToken);

/// <summary>One entry of ListEndpoints.</summary>
public sealed record EndpointSummary(
    string EndpointName,
    string EndpointArn,
    DateTimeOffset CreationTime,
    DateTimeOffset LastModifiedTime,
    string EndpointStatus);

/// <summary>DescribeEndpoint output (the members the advisor reads).</summary>
public sealed record DescribeEndpointResponse(
    string EndpointName,
    string EndpointArn,
    string? EndpointConfigName,
    string EndpointStatus,
    DateTimeOffset CreationTime,
    DateTimeOffset LastModifiedTime,
    IReadOnlyList<ProductionVariantSummary> ProductionVariants)
{
    /// <summary>Why the endpoint is Failed (e.g. an update that could not deploy); null otherwise.</summary>
    public string? FailureReason { get; init; }
}

/// <summary>DescribeEndpoint's ProductionVariantSummary. It has no instance type: that is in the endpoint config.</summary>
public sealed record ProductionVariantSummary(
    string VariantName,
    int? CurrentInstanceCount,
    int? DesiredInstanceCount,
    double? CurrentWeight,
    int? CurrentServerlessMemorySizeInMb);

/// <summary>DescribeEndpointConfig output.</summary>
public sealed record DescribeEndpointConfigResponse(
    string EndpointConfigName,
    string EndpointConfigArn,
    IReadOnlyList<ProductionVariant> ProductionVariants,
    DateTimeOffset CreationTime);

/// <summary>The config's ProductionVariant. Serverless variants have <see cref="ServerlessConfig"/> and no instance type.</summary>
public sealed record ProductionVariant(
    string VariantName,
    string? ModelName,
    string? InstanceType,
    int? InitialInstanceCount,
    string? AcceleratorType,
    ServerlessConfig? ServerlessConfig,
    ManagedInstanceScaling? ManagedInstanceScaling);

/// <summary>Serverless variant settings.</summary>
public sealed record ServerlessConfig(int MemorySizeInMB, int MaxConcurrency);

/// <summary>Managed instance scaling; MinInstanceCount 0 allows scale-to-zero (inference-component endpoints only).</summary>
public sealed record ManagedInstanceScaling(string Status, int? MinInstanceCount, int? MaxInstanceCount);
