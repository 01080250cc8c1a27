using System.Text.Json;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.SageMaker;

/// <summary>
/// ListTrainingJobs: name and time filters before paging; StatusEquals AFTER a page is sliced, as AWS does, so a page may be
/// empty and still carry a NextToken. Sorted by CreationTime ascending unless asked otherwise (the model's default).
/// </summary>
internal sealed class ListTrainingJobsOperation(SandboxEstate estate)
{
    public static readonly string[] Statuses = ["InProgress", "Completed", "Failed", "Stopping", "Stopped", "Deleting"];
    private static readonly string[] SortKeys = ["Name", "CreationTime", "Status"];

    public byte[] Handle(JsonElement input)
    {
        var maxResults = SageMakerListing.MaxResults(input);
        var status = SageMakerListing.Enum(input, "StatusEquals", Statuses);
        var nameContains = JsonInput.String(input, "NameContains");
        var createdAfter = JsonInput.Timestamp(input, "CreationTimeAfter");
        var createdBefore = JsonInput.Timestamp(input, "CreationTimeBefore");
        var modifiedAfter = JsonInput.Timestamp(input, "LastModifiedTimeAfter");
        var modifiedBefore = JsonInput.Timestamp(input, "LastModifiedTimeBefore");
        var matching = estate.TrainingJobs
            .Where(j => nameContains is null || j.Name.Contains(nameContains, StringComparison.OrdinalIgnoreCase))
            .Where(j => createdAfter is null || j.CreationTime > createdAfter)
            .Where(j => createdBefore is null || j.CreationTime < createdBefore)
            .Where(j => modifiedAfter is null || LastModified(j) > modifiedAfter)
            .Where(j => modifiedBefore is null || LastModified(j) < modifiedBefore);
        var sorted = SageMakerListing.Sort(matching, input, SortKeys, "Ascending", j => j.Name, j => j.CreationTime, j => j.Status);
        var (page, next) = SageMakerListing.Page(sorted, input, "ListTrainingJobs", maxResults);

        return SageMakerListing.Write("TrainingJobSummaries", page.Where(j => status is null || j.Status == status), next, (w, job) =>
        {
            w.WriteString("TrainingJobName", job.Name);
            w.WriteString("TrainingJobArn", estate.Arn("training-job", job.Name));
            w.WriteTimestamp("CreationTime", job.CreationTime);
            if (job.TrainingEndTime is { } end)
            {
                w.WriteTimestamp("TrainingEndTime", end);
            }

            w.WriteTimestamp("LastModifiedTime", LastModified(job));
            w.WriteString("TrainingJobStatus", job.Status);
            w.WriteString("SecondaryStatus", SecondaryStatus(job));
        });
    }

    public static DateTimeOffset LastModified(SandboxTrainingJob job) => job.TrainingEndTime ?? job.TrainingStartTime ?? job.CreationTime;

    public static string SecondaryStatus(SandboxTrainingJob job) => job.Status switch
    {
        "InProgress" => "Training",
        "Stopping" => "Stopping",
        var s => s,
    };
}
