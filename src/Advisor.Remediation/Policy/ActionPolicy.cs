using Advisor.Core.Domain;

namespace Advisor.Remediation.Policy;

/// <summary>The policy of one action kind: whether it may run, on what, how carefully.</summary>
public sealed class ActionPolicy
{
    public bool Enabled { get; set; }

    /// <summary>True (default): plan and journal, never call AWS to change anything.</summary>
    public bool DryRun { get; set; } = true;

    /// <summary>Lowest finding confidence acted on. Why High: an unattended change should rest on measured, full-coverage data.</summary>
    public Confidence MinConfidence { get; set; } = Confidence.High;

    /// <summary>Highest finding risk (0–4) acted on. Why 1: deleting an idle endpoint is risk 1; anything riskier needs a human.</summary>
    public int MaxRisk { get; set; } = 1;

    /// <summary>Accounts allowed; empty = every account.</summary>
    public List<string> Accounts { get; set; } = [];

    /// <summary>Regions allowed; empty = every region.</summary>
    public List<string> Regions { get; set; } = [];

    /// <summary><c>key=value</c> the resource must carry to be touched; empty = no opt-in needed (not recommended).</summary>
    public string OptInTag { get; set; } = "advisor:auto-apply=true";

    /// <summary><c>key=value</c> that always protects a resource, whatever else it carries.</summary>
    public string ExclusionTag { get; set; } = "advisor:auto-apply=false";

    /// <summary>Wait between planning and acting; the resource is tagged <c>advisor:planned-action=&lt;kind&gt;@&lt;date&gt;</c> meanwhile.</summary>
    public TimeSpan GracePeriod { get; set; } = TimeSpan.Zero;

    /// <summary>A human must approve each action (POST /actions/{id}/approve) before it runs.</summary>
    public bool RequireApproval { get; set; }

    /// <summary>At most this many actions of this kind planned per run. Why 5: a bad policy then costs five resources, not the estate.</summary>
    public int MaxActionsPerRun { get; set; } = 5;

    /// <summary>Traffic look-back of the idle re-check just before acting. Why 24 h: a day catches daily batch callers.</summary>
    public TimeSpan IdleLookback { get; set; } = TimeSpan.FromHours(24);
}
