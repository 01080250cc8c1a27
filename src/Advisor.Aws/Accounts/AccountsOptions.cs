namespace Advisor.Aws.Accounts;

/// <summary>
/// Which accounts and regions to scan (section <c>Aws:Accounts</c>). Each target account is reached by assuming
/// <c>arn:aws:iam::&lt;Id&gt;:role/&lt;RoleName&gt;</c> from the base credentials; no targets means the caller's own account.
/// </summary>
public sealed class AccountsOptions
{
    public const string SectionName = "Aws:Accounts";

    /// <summary>The role assumed in every target account that names none; null means "use the base credentials as they are".</summary>
    public string? RoleName { get; set; }

    /// <summary>The ExternalId sent with every AssumeRole that names none (the role's trust policy may require it).</summary>
    public string? ExternalId { get; set; }

    /// <summary>RoleSessionName of the assumed sessions (shows up in CloudTrail).</summary>
    public string SessionName { get; set; } = "ml-cost-advisor";

    /// <summary>Regions scanned in every account that names none; empty means the client's default region.</summary>
    public List<string> Regions { get; set; } = [];

    /// <summary>The accounts to scan.</summary>
    public List<AccountTarget> Targets { get; set; } = [];

    /// <summary>Every problem with the options, each naming the field; empty when valid.</summary>
    public IReadOnlyList<string> Problems() => AccountsValidation.Problems(this);

    /// <summary>Throws an <see cref="ArgumentException"/> listing every problem.</summary>
    public void Validate()
    {
        var problems = Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid Aws:Accounts settings: " + string.Join("; ", problems));
        }
    }
}

/// <summary>One account to scan.</summary>
public sealed class AccountTarget
{
    /// <summary>Twelve-digit account id.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Role to assume in this account (overrides <see cref="AccountsOptions.RoleName"/>).</summary>
    public string? RoleName { get; set; }

    /// <summary>ExternalId for this account's role (overrides <see cref="AccountsOptions.ExternalId"/>).</summary>
    public string? ExternalId { get; set; }

    /// <summary>Regions of this account (overrides <see cref="AccountsOptions.Regions"/>).</summary>
    public List<string> Regions { get; set; } = [];
}
