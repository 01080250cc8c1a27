namespace Advisor.Remediation.Policy;

/// <summary>
/// What remediation may do (section <c>Remediation</c> of appsettings.json, or a YAML/JSON policy file of the same shape).
/// Off by default; each action kind is enabled separately and dry-run until told otherwise.
/// </summary>
public sealed class RemediationOptions
{
    public const string SectionName = "Remediation";

    /// <summary>Master switch. False (default): nothing is planned for execution.</summary>
    public bool Enabled { get; set; }

    /// <summary>Optional webhook (HTTP POST, JSON) told about actions entering their grace period. Never logged (may carry a token).</summary>
    public Uri? WebhookUrl { get; set; }

    /// <summary>
    /// How often verification re-reads a resource that is still changing (e.g. Updating → InService).
    /// Why 10 s: SageMaker status changes take minutes; polling faster only burns API quota.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How many reads verification makes before giving up. Why 90: 90 × 10 s = 15 minutes, longer than an endpoint update usually takes.
    /// </summary>
    public int MaxPolls { get; set; } = 90;

    /// <summary>
    /// How long after a succeeded action its realised savings are checked against Cost Explorer (days before vs days after).
    /// Why 7 days: a week of daily Cost Explorer data, weekdays and a weekend included.
    /// </summary>
    public TimeSpan VerifyAfter { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Per action kind (<c>delete-endpoint</c>, <c>stop-notebook</c>, <c>stop-ec2-instance</c>); a kind not listed is disabled.</summary>
    public Dictionary<string, ActionPolicy> Kinds { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The policy of a kind; a disabled default when the kind is not configured.</summary>
    public ActionPolicy For(string kind) => Kinds.TryGetValue(kind, out var policy) ? policy : new ActionPolicy();
}
