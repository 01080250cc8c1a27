using System.Text.RegularExpressions;

namespace Advisor.Sandbox.Estate.File;

/// <summary>Reads the <c>studioApps</c> section: Studio apps of a domain, each owned by a user profile or a space.</summary>
internal static partial class StudioAppReader
{
    // Why: the AppType values of the SageMaker API.
    private static readonly string[] AppTypes =
        ["JupyterServer", "KernelGateway", "DetailedProfiler", "TensorBoard", "CodeEditor", "JupyterLab", "RStudioServerPro", "RSessionGateway", "Canvas"];

    // Why: the AppStatus values of the SageMaker API.
    private static readonly string[] Statuses = ["Deleted", "Deleting", "Failed", "InService", "Pending"];

    private static readonly string[] Fields =
        ["domainId", "userProfile", "space", "appType", "appName", "status", "createdDaysAgo", "creationTime", "instanceType"];

    /// <summary>Why: the generator's domain, so file and generated estates look alike when a file omits it.</summary>
    private const string DefaultDomain = "d-sandbox1234ab";

    /// <summary>Why: apps are short-lived compared with endpoints; a week is a typical age for a running one.</summary>
    private const double DefaultDaysAgo = 7;

    public static List<SandboxStudioApp> Read(MapReader top, DateTimeOffset now, ProblemList problems)
    {
        var apps = new List<SandboxStudioApp>();
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (node, path) in top.List("studioApps"))
        {
            var map = MapReader.Of(node, path, problems, Fields);
            if (map is null)
            {
                continue;
            }

            var before = problems.Items.Count;
            var domain = map.String("domainId") ?? DefaultDomain;
            if (!DomainId().IsMatch(domain))
            {
                map.Problem("domainId", "'" + domain + "' is not a Studio domain id (d- followed by lower-case letters and digits)");
            }

            var user = FieldRules.Name(map, "userProfile", required: false);
            var space = FieldRules.Name(map, "space", required: false);
            if (map.Has("userProfile") == map.Has("space"))
            {
                map.Problem("userProfile", "set exactly one of userProfile or space (the app's owner)");
            }

            var type = ResourceFields.Choice(map, "appType", null, "a Studio app type", AppTypes);
            if (!map.Has("appType"))
            {
                map.Problem("appType", "required field is missing");
            }

            var name = FieldRules.Name(map, "appName", required: false) ?? "default";
            var status = ResourceFields.Choice(map, "status", "InService", "a Studio app status", Statuses);
            var created = ResourceFields.When(map, "createdDaysAgo", "creationTime", now, ResourceFields.DaysAgo(now, DefaultDaysAgo));
            var instanceType = ResourceFields.SageMakerType(map, "instanceType", required: false);
            if (instanceType is not null && type == "JupyterServer")
            {
                // Why: the JupyterServer app runs on the free "system" instance; Studio rejects any other type for it.
                map.Problem("instanceType", "a JupyterServer app runs on the system instance and takes no instance type");
            }

            // Why: an app is identified by its domain, owner, type and name (DescribeApp's key).
            ResourceFields.Unique(map, "appName", domain + "/" + (user ?? "space:" + space) + "/" + type + "/" + name, "Studio app", seen);
            if (problems.Items.Count > before || type is null || status is null || created is null)
            {
                continue;
            }

            apps.Add(new SandboxStudioApp
            {
                DomainId = domain,
                UserProfileName = user,
                SpaceName = space,
                AppType = type,
                AppName = name,
                Status = status,
                CreationTime = created.Value,
                InstanceType = instanceType,
            });
        }

        return apps;
    }

    // Why: Studio domain ids are "d-" and 12 lower-case alphanumerics in AWS; any length up to 63 is accepted here.
    [GeneratedRegex("^d-[a-z0-9]{1,61}$", RegexOptions.CultureInvariant)]
    private static partial Regex DomainId();
}
