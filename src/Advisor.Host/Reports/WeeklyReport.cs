namespace Advisor.Host.Reports;

/// <summary>
/// The weekly report's content, independent of format: totals of what is open now, what is new and what was resolved in the
/// period, the top open recommendations with their evidence, and the remediation actions completed in the period. Money is monthly
/// USD (primaries only, never counted twice).
/// </summary>
public sealed record WeeklyReport(
    DateTimeOffset GeneratedAt,
    DateTimeOffset PeriodStart,
    DateTimeOffset PeriodEnd,
    string? RunId,
    int OpenCount,
    decimal IdentifiedMonthlySavings,
    IReadOnlyList<ReportTotal> ByAnalyzer,
    IReadOnlyList<ReportTotal> ByAccount,
    IReadOnlyList<ReportTotal> ByTeam,
    IReadOnlyList<ReportItem> New,
    IReadOnlyList<ReportItem> Resolved,
    IReadOnlyList<ReportItem> Top)
{
    /// <summary>Remediation journal entries that reached a final state in the period, oldest first.</summary>
    public IReadOnlyList<ReportAction> Actions { get; init; } = [];

    /// <summary>
    /// Monthly savings realised by the listed succeeded actions (dry runs and rolled-back ones excluded): the observed figure of
    /// verified ones (<see cref="VerifiedMonthlySavings"/>) plus the planned figure of those not yet verified; regressed ones add nothing.
    /// </summary>
    public decimal RealisedMonthlySavings { get; init; }

    /// <summary>The part of <see cref="RealisedMonthlySavings"/> that Cost Explorer verified (observed, not planned).</summary>
    public decimal VerifiedMonthlySavings { get; init; }
}

/// <summary>Open and accepted recommendations grouped by one key (analyzer, account or team).</summary>
public sealed record ReportTotal(string Key, int Count, decimal MonthlySavings);

/// <summary>One recommendation as the report lists it; <see cref="Evidence"/> are readable lines (formula, inputs, window).</summary>
public sealed record ReportItem(
    string Id,
    string Analyzer,
    string Account,
    string Region,
    string Resource,
    string? Team,
    string Status,
    string Priority,
    decimal MonthlySavings,
    string Summary,
    IReadOnlyList<string> Evidence);
