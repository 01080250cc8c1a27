using System.Text.Json;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.SageMaker;

/// <summary>DescribeTrainingJob. A missing job is <c>ResourceNotFound</c> (the one SageMaker Describe that models it).</summary>
internal sealed class DescribeTrainingJobOperation(SandboxEstate estate)
{
    public byte[] Handle(JsonElement input)
    {
        var name = SageMakerService.RequiredString(input, "TrainingJobName");
        var job = SageMakerListing.Find(estate.TrainingJobs, j => j.Name, name)
            ?? throw new SandboxApiException(400, "ResourceNotFound", $"Requested resource not found: training job '{name}' does not exist.");
        var arn = estate.Arn("training-job", job.Name);
        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("TrainingJobName", job.Name);
            w.WriteString("TrainingJobArn", arn);
            w.WriteStartObject("ModelArtifacts");
            w.WriteString("S3ModelArtifacts", $"s3://sagemaker-{estate.Region}-{estate.AccountId}/{job.Name}/output/model.tar.gz");
            w.WriteEndObject();
            w.WriteString("TrainingJobStatus", job.Status);
            w.WriteString("SecondaryStatus", ListTrainingJobsOperation.SecondaryStatus(job));
            if (job.Status == "Failed")
            {
                w.WriteString("FailureReason", "AlgorithmError: the training script exited with a non-zero status (sandbox).");
            }

            w.WriteStartObject("AlgorithmSpecification");
            w.WriteString("TrainingImage", job.TrainingImage);
            w.WriteString("TrainingInputMode", "File");
            w.WriteBoolean("EnableSageMakerMetricsTimeSeries", false);
            w.WriteEndObject();
            w.WriteString("RoleArn", $"arn:aws:iam::{estate.AccountId}:role/SageMakerExecution");
            w.WriteStartObject("ResourceConfig");
            w.WriteString("InstanceType", job.InstanceType);
            w.WriteNumber("InstanceCount", job.InstanceCount);

            // Why: 30 GB is the console's default training volume.
            w.WriteNumber("VolumeSizeInGB", 30);
            w.WriteEndObject();
            w.WriteStartObject("StoppingCondition");
            w.WriteNumber("MaxRuntimeInSeconds", job.MaxRuntimeSeconds);
            if (job.MaxWaitSeconds is { } wait)
            {
                w.WriteNumber("MaxWaitTimeInSeconds", wait);
            }

            w.WriteEndObject();
            w.WriteTimestamp("CreationTime", job.CreationTime);
            if (job.TrainingStartTime is { } start)
            {
                w.WriteTimestamp("TrainingStartTime", start);
            }

            if (job.TrainingEndTime is { } end)
            {
                w.WriteTimestamp("TrainingEndTime", end);
            }

            w.WriteTimestamp("LastModifiedTime", ListTrainingJobsOperation.LastModified(job));
            if (job.TrainingSeconds is { } training)
            {
                w.WriteNumber("TrainingTimeInSeconds", training);
            }

            if (job.BillableSeconds is { } billable)
            {
                w.WriteNumber("BillableTimeInSeconds", billable);
            }

            w.WriteBoolean("EnableManagedSpotTraining", job.EnableManagedSpotTraining);
            if (job.CheckpointS3Uri is { } checkpoint)
            {
                w.WriteStartObject("CheckpointConfig");
                w.WriteString("S3Uri", checkpoint);
                w.WriteString("LocalPath", "/opt/ml/checkpoints");
                w.WriteEndObject();
            }

            w.WriteEndObject();
        });
    }
}
