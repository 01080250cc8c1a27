using System.Net.Http.Json;
using Advisor.Storage.Journal;
using Microsoft.Extensions.Logging;

namespace Advisor.Remediation.Execution;

/// <summary>
/// Tells a webhook (HTTP POST, JSON) that an action entered its grace period. Failures are logged and ignored: the journal,
/// not the webhook, is the record. The URL is never logged (it often carries a token).
/// </summary>
public sealed class WebhookNotifier(HttpClient http, Uri url, ILogger<WebhookNotifier> logger)
{
    public async Task NotifyPlannedAsync(JournalEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var body = new
        {
            text = $"ML Cost Advisor plans to {entry.ActionKind} {entry.Resource.Id} ({entry.Resource.Account}/{entry.Resource.Region}) not before {entry.NotBefore:O}; "
                + "remove the opt-in tag or add the exclusion tag to stop it.",
            actionId = entry.Id,
            kind = entry.ActionKind,
            resource = entry.Resource.Arn,
            notBefore = entry.NotBefore,
            monthlySavings = entry.MonthlySavings,
        };
        try
        {
            using var response = await http.PostAsJsonAsync(url, body, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("The remediation webhook answered {Status} for action {ActionId}", (int)response.StatusCode, entry.Id);
            }
        }
        catch (HttpRequestException ex)
        {
            logger.LogWarning("The remediation webhook could not be reached for action {ActionId}: {Error}", entry.Id, ex.HttpRequestError);
        }
    }
}
