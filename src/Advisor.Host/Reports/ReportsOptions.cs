namespace Advisor.Host.Reports;

/// <summary>Section <c>Reports</c>: the weekly report's size and the optional chat webhook.</summary>
public sealed class ReportsOptions
{
    public const string SectionName = "Reports";

    /// <summary>Top open recommendations listed with their evidence. Why 10: a FinOps review covers about that many a week.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 100)]
    public int TopRecommendations { get; set; } = 10;

    public WebhookOptions Webhook { get; set; } = new();
}

/// <summary>Section <c>Reports:Webhook</c>: a Slack-compatible incoming webhook (<c>{"text": ...}</c>) posted after each weekly report.</summary>
public sealed class WebhookOptions
{
    /// <summary>Absolute http(s) URL; empty disables the webhook. Its query string (often a secret) is never logged.</summary>
    public string? Url { get; set; }

    /// <summary>Why 10 s: a chat service that has not answered by then will not; the report is already saved.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
