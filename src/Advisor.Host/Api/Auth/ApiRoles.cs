namespace Advisor.Host.Api.Auth;

/// <summary>The API's roles and its authorisation policies (viewer reads, reviewer also decides, admin does everything).</summary>
public static class ApiRoles
{
    public const string Viewer = "viewer";
    public const string Reviewer = "reviewer";
    public const string Admin = "admin";

    /// <summary>Read recommendations, runs and reports: any role.</summary>
    public const string CanRead = "CanRead";

    /// <summary>Accept, dismiss, snooze or reopen recommendations: reviewer or admin.</summary>
    public const string CanDecide = "CanDecide";

    /// <summary>Start runs, read the audit log, open the Hangfire dashboard: admin.</summary>
    public const string CanAdmin = "CanAdmin";

    public static IReadOnlyList<string> All { get; } = [Viewer, Reviewer, Admin];
}
