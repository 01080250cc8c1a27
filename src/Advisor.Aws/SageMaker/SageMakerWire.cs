namespace Advisor.Aws.SageMaker;

// The JSON shapes on the wire (member names exactly as in the SageMaker model). Every member is nullable:
// the client checks the ones the public records require and reports a missing one by name.

internal sealed record ListEndpointsInput(string? NextToken, int? MaxResults, string? StatusEquals);

internal sealed record ListEndpointsOutput(List<EndpointSummaryWire?>? Endpoints, string? NextToken);

internal sealed record EndpointSummaryWire(
    string? EndpointName, string? EndpointArn, DateTimeOffset? CreationTime, DateTimeOffset? LastModifiedTime, string? EndpointStatus);

internal sealed record DescribeEndpointInput(string EndpointName);

internal sealed record DescribeEndpointOutput(
    string? EndpointName,
    string? EndpointArn,
    string? EndpointConfigName,
    string? EndpointStatus,
    DateTimeOffset? CreationTime,
    DateTimeOffset? LastModifiedTime,
    List<ProductionVariantSummaryWire?>? ProductionVariants,
    string? FailureReason = null);

internal sealed record ProductionVariantSummaryWire(
    string? VariantName,
    int? CurrentInstanceCount,
    int? DesiredInstanceCount,
    double? CurrentWeight,
    ServerlessConfigWire? CurrentServerlessConfig);

internal sealed record ServerlessConfigWire(int? MemorySizeInMB, int? MaxConcurrency);

internal sealed record DescribeEndpointConfigInput(string EndpointConfigName);

internal sealed record DescribeEndpointConfigOutput(
    string? EndpointConfigName,
    string? EndpointConfigArn,
    List<ProductionVariantWire?>? ProductionVariants,
    DateTimeOffset? CreationTime);

internal sealed record ProductionVariantWire(
    string? VariantName,
    string? ModelName,
    string? InstanceType,
    int? InitialInstanceCount,
    string? AcceleratorType,
    ServerlessConfigWire? ServerlessConfig,
    ManagedInstanceScalingWire? ManagedInstanceScaling);

internal sealed record ManagedInstanceScalingWire(string? Status, int? MinInstanceCount, int? MaxInstanceCount);
