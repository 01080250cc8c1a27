namespace Advisor.Aws.SageMaker;

// Wire shapes of the resource operations (member names exactly as in the SageMaker model); every member is nullable.

internal sealed record ListInferenceComponentsInput(string? NextToken, int? MaxResults, string? EndpointNameEquals, string? StatusEquals);

internal sealed record ListInferenceComponentsOutput(List<InferenceComponentSummaryWire?>? InferenceComponents, string? NextToken);

internal sealed record InferenceComponentSummaryWire(
    string? InferenceComponentName, string? InferenceComponentArn, string? EndpointName, string? VariantName,
    string? InferenceComponentStatus, DateTimeOffset? CreationTime, DateTimeOffset? LastModifiedTime);

internal sealed record DescribeInferenceComponentInput(string InferenceComponentName);

internal sealed record DescribeInferenceComponentOutput(
    string? InferenceComponentName, string? InferenceComponentArn, string? EndpointName, string? VariantName,
    string? InferenceComponentStatus, DateTimeOffset? CreationTime, InferenceComponentSpecWire? Specification, RuntimeConfigWire? RuntimeConfig);

internal sealed record InferenceComponentSpecWire(string? ModelName, ComputeRequirementsWire? ComputeResourceRequirements);

internal sealed record ComputeRequirementsWire(double? NumberOfCpuCoresRequired, double? NumberOfAcceleratorDevicesRequired, int? MinMemoryRequiredInMb);

internal sealed record RuntimeConfigWire(int? DesiredCopyCount, int? CurrentCopyCount);

internal sealed record ListModelsInput(string? NextToken, int? MaxResults, string? NameContains);

internal sealed record ListModelsOutput(List<ModelSummaryWire?>? Models, string? NextToken);

internal sealed record ModelSummaryWire(string? ModelName, string? ModelArn, DateTimeOffset? CreationTime);

internal sealed record DescribeModelInput(string ModelName);

internal sealed record DescribeModelOutput(
    string? ModelName, string? ModelArn, DateTimeOffset? CreationTime, ContainerWire? PrimaryContainer, List<ContainerWire?>? Containers);

internal sealed record ContainerWire(string? Image, string? Mode);

internal sealed record ListTrainingJobsInput(
    string? NextToken, int? MaxResults, DateTimeOffset? CreationTimeAfter, DateTimeOffset? CreationTimeBefore, string? StatusEquals);

internal sealed record ListTrainingJobsOutput(List<TrainingJobSummaryWire?>? TrainingJobSummaries, string? NextToken);

internal sealed record TrainingJobSummaryWire(
    string? TrainingJobName, string? TrainingJobArn, DateTimeOffset? CreationTime, DateTimeOffset? TrainingEndTime,
    DateTimeOffset? LastModifiedTime, string? TrainingJobStatus);

internal sealed record DescribeTrainingJobInput(string TrainingJobName);

internal sealed record DescribeTrainingJobOutput(
    string? TrainingJobName, string? TrainingJobArn, string? TrainingJobStatus, string? SecondaryStatus,
    DateTimeOffset? CreationTime, DateTimeOffset? TrainingStartTime, DateTimeOffset? TrainingEndTime, DateTimeOffset? LastModifiedTime,
    AlgorithmSpecificationWire? AlgorithmSpecification, ResourceConfigWire? ResourceConfig, StoppingConditionWire? StoppingCondition,
    bool? EnableManagedSpotTraining, CheckpointConfigWire? CheckpointConfig, int? TrainingTimeInSeconds, int? BillableTimeInSeconds);

internal sealed record AlgorithmSpecificationWire(string? TrainingImage);

internal sealed record ResourceConfigWire(string? InstanceType, int? InstanceCount);

internal sealed record StoppingConditionWire(int? MaxRuntimeInSeconds, int? MaxWaitTimeInSeconds);

internal sealed record CheckpointConfigWire(string? S3Uri);

internal sealed record ListNotebookInstancesInput(string? NextToken, int? MaxResults, string? StatusEquals);

internal sealed record ListNotebookInstancesOutput(List<NotebookInstanceSummaryWire?>? NotebookInstances, string? NextToken);

internal sealed record NotebookInstanceSummaryWire(
    string? NotebookInstanceName, string? NotebookInstanceArn, string? NotebookInstanceStatus, string? InstanceType,
    DateTimeOffset? CreationTime, DateTimeOffset? LastModifiedTime, string? NotebookInstanceLifecycleConfigName);

internal sealed record DescribeNotebookInstanceInput(string NotebookInstanceName);

internal sealed record DescribeNotebookInstanceOutput(
    string? NotebookInstanceName, string? NotebookInstanceArn, string? NotebookInstanceStatus, string? InstanceType,
    DateTimeOffset? CreationTime, DateTimeOffset? LastModifiedTime, string? NotebookInstanceLifecycleConfigName,
    List<string?>? AcceleratorTypes, int? VolumeSizeInGB);

internal sealed record ListAppsInput(string? NextToken, int? MaxResults, string? DomainIdEquals);

internal sealed record ListAppsOutput(List<AppDetailsWire?>? Apps, string? NextToken);

internal sealed record AppDetailsWire(
    string? DomainId, string? UserProfileName, string? SpaceName, string? AppType, string? AppName, string? Status,
    DateTimeOffset? CreationTime, ResourceSpecWire? ResourceSpec);

internal sealed record ResourceSpecWire(string? InstanceType);

internal sealed record ListTagsInput(string ResourceArn, string? NextToken, int? MaxResults);

internal sealed record ListTagsOutput(List<TagWire?>? Tags, string? NextToken);

internal sealed record TagWire(string? Key, string? Value);
