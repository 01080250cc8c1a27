using System.Globalization;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Advisor.Host.Reports;

/// <summary>
/// Posts a short Slack-compatible message (<c>{"text": ...}</c>) after a weekly report. A failure is logged with the URL's query
/// string and path redacted (webhook URLs carry their secret there) and never fails the report.
/// </summary>
public sealed class ReportWebhook(IHttpClientFactory httpClients, IOptions<ReportsOptions> options, ILogger<ReportWebhook> logger)
{
    public const string HttpClientName = "Advisor.ReportWebhook";

    /// <summary>Returns true when the post was accepted (2xx); false when disabled or failed.</summary>
    public async Task<bool> PostAsync(WeeklyReport report, CancellationToken cancellationToken)
    {
        var url = options.Value.Webhook.Url;
        if (string.IsNullOrWhiteSpace(url))
        {
            return false;
        }

        var text = string.Create(CultureInfo.InvariantCulture,
            $"ML Cost Advisor weekly report: {report.OpenCount} open recommendations, {WeeklyReportMarkdown.Usd(report.IdentifiedMonthlySavings)}/month; {report.New.Count} new, {report.Resolved.Count} resolved since the last report.");
        try
        {
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            cts.CancelAfter(options.Value.Webhook.Timeout);
            using var response = await httpClients.CreateClient(HttpClientName).PostAsJsonAsync(url, new { text }, cts.Token);
            if (response.IsSuccessStatusCode)
            {
                return true;
            }

            logger.LogWarning("Report webhook {WebhookUrl} answered {StatusCode}", Redact(url), (int)response.StatusCode);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            logger.LogWarning("Report webhook {WebhookUrl} failed: {Error}", Redact(url), ex.GetType().Name);
        }

        return false;
    }

    /// <summary>Scheme, host and port only. Why the path too: Slack and Teams put the secret in the path, not only the query.</summary>
    public static string Redact(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? $"{uri.Scheme}://{uri.Authority}/…" : "(invalid URL)";
}
