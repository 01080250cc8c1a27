namespace Advisor.Remediation.Kinds;

/// <summary>
/// What AWS says about a resource right now. <see cref="Fingerprint"/> captures what the plan relied on (status, config, type):
/// if it differs at execution time, the resource changed since the plan and the action is skipped.
/// </summary>
public sealed record ResourceState(bool Exists, string Status, IReadOnlyDictionary<string, string> Tags, string Fingerprint)
{
    /// <summary>Detail a kind needs to undo its action (e.g. the endpoint config name), kept in the journal's RollbackJson.</summary>
    public IReadOnlyDictionary<string, string> Details { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public static ResourceState Missing { get; } = new(false, "missing", new Dictionary<string, string>(), "missing");
}
