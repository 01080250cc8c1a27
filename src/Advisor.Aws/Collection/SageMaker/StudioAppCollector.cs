using Advisor.Aws.SageMaker;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Logging;

namespace Advisor.Aws.Collection.SageMaker;

/// <summary>Studio apps of every domain: ListApps, all pages (no Describe needed); apps with status Deleted are skipped.</summary>
public sealed class StudioAppCollector(ISageMakerApi sageMaker, ILogger<StudioAppCollector> logger)
{
    /// <summary>Collects the live Studio apps and the <see cref="Sources.SageMakerStudioApps"/> status.</summary>
    public async Task<(IReadOnlyList<SageMakerStudioApp> Apps, SourceStatus Status)> CollectAsync(CancellationToken cancellationToken)
    {
        List<AppDetails> listed;
        int calls;
        try
        {
            (listed, calls) = await ResourceCollection.ListAllAsync("ListApps", async (token, ct) =>
            {
                var page = await sageMaker.ListAppsAsync(new ListAppsRequest(token, SageMakerResourcePaging.MaxPageSize), ct);
                return (page.Apps, page.NextToken);
            }, cancellationToken);
        }
        catch (Exception ex) when (SourceFailure.IsSourceError(ex))
        {
            logger.LogWarning(ex, "Listing SageMaker Studio apps failed with {Health}", SourceFailure.HealthOf(ex));
            return ([], ResourceCollection.ListFailed(Sources.SageMakerStudioApps, ex, 1));
        }

        var apps = new List<SageMakerStudioApp>();
        var undated = 0;

        // Why: AWS keeps listing deleted apps for a while; they cost nothing.
        foreach (var app in listed.Where(a => a.Status != "Deleted"))
        {
            if (app.CreationTime is not { } created)
            {
                undated++;
                continue;
            }

            apps.Add(new SageMakerStudioApp
            {
                DomainId = app.DomainId,
                UserProfileName = app.UserProfileName,
                SpaceName = app.SpaceName,
                AppType = app.AppType,
                AppName = app.AppName,
                Status = app.Status,
                CreationTime = created,
                InstanceType = app.InstanceType,
            });
        }

        logger.LogInformation("Collected {AppCount} SageMaker Studio apps with {CallCount} calls", apps.Count, calls);
        IReadOnlyList<(SourceHealth, string)> problems = undated == 0
            ? []
            : [(SourceHealth.MissingData, $"{undated} apps without a CreationTime were left out")];
        return (apps, ResourceCollection.StatusOf(Sources.SageMakerStudioApps, "Studio apps", listed.Count, problems, calls));
    }
}
