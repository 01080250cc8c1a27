using System.Text.Json;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.SageMaker;

/// <summary>ListApps across domains (or one, with DomainIdEquals), newest first, with paging; Deleted apps are listed as AWS does.</summary>
internal sealed class ListAppsOperation(SandboxEstate estate)
{
    private static readonly string[] SortKeys = ["CreationTime"];

    public byte[] Handle(JsonElement input)
    {
        var maxResults = SageMakerListing.MaxResults(input);
        var domain = JsonInput.String(input, "DomainIdEquals");
        var user = JsonInput.String(input, "UserProfileNameEquals");
        var space = JsonInput.String(input, "SpaceNameEquals");
        if (user is not null && space is not null)
        {
            throw ApiErrors.Validation("Only one of UserProfileNameEquals and SpaceNameEquals can be specified.");
        }

        var matching = estate.StudioApps
            .Where(a => domain is null || a.DomainId == domain)
            .Where(a => user is null || a.UserProfileName == user)
            .Where(a => space is null || a.SpaceName == space);
        var sorted = SageMakerListing.Sort(matching, input, SortKeys, "Descending", a => a.DomainId + "/" + a.AppType + "/" + a.AppName, a => a.CreationTime);
        var (page, next) = SageMakerListing.Page(sorted, input, "ListApps", maxResults);

        return SageMakerListing.Write("Apps", page, next, (w, a) =>
        {
            w.WriteString("DomainId", a.DomainId);
            w.WriteOptional("UserProfileName", a.UserProfileName);
            w.WriteOptional("SpaceName", a.SpaceName);
            w.WriteString("AppType", a.AppType);
            w.WriteString("AppName", a.AppName);
            w.WriteString("Status", a.Status);
            w.WriteTimestamp("CreationTime", a.CreationTime);
            if (a.InstanceType is not null)
            {
                w.WriteStartObject("ResourceSpec");
                w.WriteString("InstanceType", a.InstanceType);
                w.WriteEndObject();
            }
        });
    }
}
