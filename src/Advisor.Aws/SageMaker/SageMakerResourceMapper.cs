namespace Advisor.Aws.SageMaker;

/// <summary>Maps the resource operations' wire shapes to the public records, naming any required member that is missing.</summary>
internal static class SageMakerResourceMapper
{
    public static InferenceComponentSummary ToSummary(InferenceComponentSummaryWire? w)
    {
        const string op = "ListInferenceComponents";
        var e = w ?? throw Missing(op, "InferenceComponents[]");
        var created = e.CreationTime ?? throw Missing(op, "InferenceComponents[].CreationTime");
        return new(
            e.InferenceComponentName ?? throw Missing(op, "InferenceComponents[].InferenceComponentName"),
            e.InferenceComponentArn ?? throw Missing(op, "InferenceComponents[].InferenceComponentArn"),
            e.EndpointName ?? throw Missing(op, "InferenceComponents[].EndpointName"),
            e.VariantName ?? throw Missing(op, "InferenceComponents[].VariantName"),
            e.InferenceComponentStatus,
            created,
            e.LastModifiedTime ?? created);
    }

    public static DescribeInferenceComponentResponse ToResponse(DescribeInferenceComponentOutput o)
    {
        const string op = "DescribeInferenceComponent";
        var compute = o.Specification?.ComputeResourceRequirements;
        return new(
            o.InferenceComponentName ?? throw Missing(op, "InferenceComponentName"),
            o.InferenceComponentArn ?? throw Missing(op, "InferenceComponentArn"),
            o.EndpointName ?? throw Missing(op, "EndpointName"),
            o.VariantName ?? throw Missing(op, "VariantName"),
            o.InferenceComponentStatus,
            o.CreationTime ?? throw Missing(op, "CreationTime"),
            o.Specification?.ModelName,
            o.RuntimeConfig?.CurrentCopyCount,
            o.RuntimeConfig?.DesiredCopyCount,
            compute?.NumberOfCpuCoresRequired,
            compute?.NumberOfAcceleratorDevicesRequired,
            compute?.MinMemoryRequiredInMb);
    }

    public static ModelSummary ToSummary(ModelSummaryWire? w)
    {
        const string op = "ListModels";
        var e = w ?? throw Missing(op, "Models[]");
        return new(
            e.ModelName ?? throw Missing(op, "Models[].ModelName"),
            e.ModelArn ?? throw Missing(op, "Models[].ModelArn"),
            e.CreationTime ?? throw Missing(op, "Models[].CreationTime"));
    }

    public static DescribeModelResponse ToResponse(DescribeModelOutput o)
    {
        const string op = "DescribeModel";

        // Why: a model has either a PrimaryContainer or a Containers list (inference pipeline); the first container serves first.
        var container = o.PrimaryContainer ?? o.Containers?.FirstOrDefault(c => c is not null);
        return new(
            o.ModelName ?? throw Missing(op, "ModelName"),
            o.ModelArn ?? throw Missing(op, "ModelArn"),
            o.CreationTime ?? throw Missing(op, "CreationTime"),
            container?.Image,
            container?.Mode);
    }

    public static TrainingJobSummary ToSummary(TrainingJobSummaryWire? w)
    {
        const string op = "ListTrainingJobs";
        var e = w ?? throw Missing(op, "TrainingJobSummaries[]");
        return new(
            e.TrainingJobName ?? throw Missing(op, "TrainingJobSummaries[].TrainingJobName"),
            e.TrainingJobArn ?? throw Missing(op, "TrainingJobSummaries[].TrainingJobArn"),
            e.CreationTime ?? throw Missing(op, "TrainingJobSummaries[].CreationTime"),
            e.TrainingEndTime,
            e.LastModifiedTime,
            e.TrainingJobStatus ?? throw Missing(op, "TrainingJobSummaries[].TrainingJobStatus"));
    }

    public static DescribeTrainingJobResponse ToResponse(DescribeTrainingJobOutput o)
    {
        const string op = "DescribeTrainingJob";
        return new DescribeTrainingJobResponse
        {
            TrainingJobName = o.TrainingJobName ?? throw Missing(op, "TrainingJobName"),
            TrainingJobArn = o.TrainingJobArn ?? throw Missing(op, "TrainingJobArn"),
            TrainingJobStatus = o.TrainingJobStatus ?? throw Missing(op, "TrainingJobStatus"),
            SecondaryStatus = o.SecondaryStatus,
            CreationTime = o.CreationTime ?? throw Missing(op, "CreationTime"),
            TrainingStartTime = o.TrainingStartTime,
            TrainingEndTime = o.TrainingEndTime,
            LastModifiedTime = o.LastModifiedTime,
            TrainingImage = o.AlgorithmSpecification?.TrainingImage,
            InstanceType = o.ResourceConfig?.InstanceType,
            InstanceCount = o.ResourceConfig?.InstanceCount,
            EnableManagedSpotTraining = o.EnableManagedSpotTraining ?? false,
            CheckpointS3Uri = o.CheckpointConfig?.S3Uri,
            MaxRuntimeInSeconds = o.StoppingCondition?.MaxRuntimeInSeconds,
            MaxWaitTimeInSeconds = o.StoppingCondition?.MaxWaitTimeInSeconds,
            TrainingTimeInSeconds = o.TrainingTimeInSeconds,
            BillableTimeInSeconds = o.BillableTimeInSeconds,
        };
    }

    public static NotebookInstanceSummary ToSummary(NotebookInstanceSummaryWire? w)
    {
        const string op = "ListNotebookInstances";
        var e = w ?? throw Missing(op, "NotebookInstances[]");
        return new(
            e.NotebookInstanceName ?? throw Missing(op, "NotebookInstances[].NotebookInstanceName"),
            e.NotebookInstanceArn ?? throw Missing(op, "NotebookInstances[].NotebookInstanceArn"),
            e.NotebookInstanceStatus,
            e.InstanceType,
            e.CreationTime,
            e.LastModifiedTime,
            e.NotebookInstanceLifecycleConfigName);
    }

    public static DescribeNotebookInstanceResponse ToResponse(DescribeNotebookInstanceOutput o)
    {
        const string op = "DescribeNotebookInstance";
        return new(
            o.NotebookInstanceName ?? throw Missing(op, "NotebookInstanceName"),
            o.NotebookInstanceArn ?? throw Missing(op, "NotebookInstanceArn"),
            o.NotebookInstanceStatus,
            o.InstanceType,
            o.CreationTime,
            o.LastModifiedTime,
            o.NotebookInstanceLifecycleConfigName,
            (o.AcceleratorTypes ?? []).OfType<string>().ToList(),
            o.VolumeSizeInGB);
    }

    public static AppDetails ToApp(AppDetailsWire? w)
    {
        const string op = "ListApps";
        var e = w ?? throw Missing(op, "Apps[]");
        return new(
            e.DomainId ?? throw Missing(op, "Apps[].DomainId"),
            e.UserProfileName,
            e.SpaceName,
            e.AppType ?? throw Missing(op, "Apps[].AppType"),
            e.AppName ?? throw Missing(op, "Apps[].AppName"),
            e.Status ?? throw Missing(op, "Apps[].Status"),
            e.CreationTime,
            e.ResourceSpec?.InstanceType);
    }

    private static Errors.AwsInvalidResponseException Missing(string op, string member) => SageMakerWireMapper.Missing(op, member);
}
