using System.Globalization;
using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Generation;

/// <summary>
/// Interactive workspaces: notebook instances (some InService for days without a lifecycle config, some with an auto-stop one,
/// some Stopped, one with a legacy ml.eia accelerator) and Studio apps (JupyterLab, CodeEditor, KernelGateway; one Deleted).
/// </summary>
internal static class WorkspacePlanter
{
    private static readonly string[] NotebookTypes = ["ml.t3.medium", "ml.t3.large", "ml.m5.xlarge", "ml.g4dn.xlarge", "ml.g5.xlarge"];
    private static readonly string[] People = ["alice", "bob", "chen", "dana", "emeka", "farah", "goran", "hana", "ivan", "jules"];
    // Why: the notebook volume sizes people pick (5 GB is the default).
    private static readonly int[] VolumeSizes = [5, 20, 50, 100];
    private static readonly string[] AppInstanceTypes = ["ml.t3.medium", "ml.m5.large", "ml.g4dn.xlarge", "ml.g5.2xlarge"];

    public static (List<SandboxNotebookInstance> Notebooks, List<SandboxStudioApp> Apps) Plant(SandboxEstate estate, Random rng, int scale)
    {
        return (Notebooks(estate, rng, scale), Apps(estate, rng, scale));
    }

    private static List<SandboxNotebookInstance> Notebooks(SandboxEstate estate, Random rng, int scale)
    {
        // Why: about one notebook per ten endpoints, at least four so every planted kind appears, at most 30.
        var count = Math.Clamp(scale / 10, 4, 30);
        var notebooks = new List<SandboxNotebookInstance>(count);
        for (var i = 0; i < count; i++)
        {
            var person = People[i % People.Length];
            var name = person + "-notebook" + (i < People.Length ? "" : "-" + (i / People.Length).ToString(CultureInfo.InvariantCulture));
            var created = estate.Now.AddDays(-rng.Next(20, 400)).AddMinutes(-rng.Next(0, 1440));

            // Why: kind 0 = InService for days with no lifecycle config (the waste); 1 = InService with an auto-stop script;
            // 2 = Stopped; 3 = InService with a legacy Elastic Inference accelerator. Cycling keeps every kind present.
            var kind = i % 4;
            var lastModified = kind switch
            {
                0 or 3 => estate.Now.AddDays(-rng.Next(3, 20)).AddMinutes(-rng.Next(0, 1440)),
                1 => estate.Now.AddHours(-rng.Next(1, 12)),
                _ => estate.Now.AddDays(-rng.Next(1, 30)),
            };
            notebooks.Add(new SandboxNotebookInstance
            {
                Name = name,
                Status = kind == 2 ? "Stopped" : "InService",
                InstanceType = kind == 3 ? "ml.m5.xlarge" : NotebookTypes[rng.Next(NotebookTypes.Length)],
                CreationTime = created,
                LastModifiedTime = lastModified < created ? created : lastModified,
                LifecycleConfigName = kind == 1 ? "auto-stop-idle" : null,
                AcceleratorTypes = kind == 3 && i == 3 ? ["ml.eia2.medium"] : [],
                VolumeSizeGb = VolumeSizes[rng.Next(VolumeSizes.Length)],
                Tags = new Dictionary<string, string> { ["owner"] = person },
            });
        }

        return notebooks;
    }

    private static List<SandboxStudioApp> Apps(SandboxEstate estate, Random rng, int scale)
    {
        const string Domain = "d-sandbox1234ab";
        var users = Math.Clamp(scale / 15, 2, People.Length);
        var apps = new List<SandboxStudioApp>();
        for (var u = 0; u < users; u++)
        {
            var user = People[u];

            // Why: every user profile has its (free) default JupyterServer app, without an instance type.
            apps.Add(App(Domain, user, null, "JupyterServer", "default", "InService", estate.Now.AddDays(-rng.Next(30, 200)), null));
            apps.Add(App(Domain, null, user + "-space", u % 2 == 0 ? "JupyterLab" : "CodeEditor", "default",
                "InService", estate.Now.AddHours(-rng.Next(2, 24 * 20)), AppInstanceTypes[rng.Next(AppInstanceTypes.Length)]));
            if (u % 2 == 1)
            {
                apps.Add(App(Domain, user, null, "KernelGateway", "datascience-1-0-ml-g4dn-xlarge-" + rng.Next(1000, 9999).ToString(CultureInfo.InvariantCulture),
                    "InService", estate.Now.AddHours(-rng.Next(2, 24 * 10)), "ml.g4dn.xlarge"));
            }
        }

        apps.Add(App(Domain, null, People[0] + "-space", "JupyterLab", "old-lab", "Deleted", estate.Now.AddDays(-40), "ml.g5.2xlarge"));
        return apps;
    }

    private static SandboxStudioApp App(
        string domain, string? user, string? space, string type, string name, string status, DateTimeOffset created, string? instanceType) => new()
    {
        DomainId = domain,
        UserProfileName = user,
        SpaceName = space,
        AppType = type,
        AppName = name,
        Status = status,
        CreationTime = created,
        InstanceType = instanceType,
    };
}
