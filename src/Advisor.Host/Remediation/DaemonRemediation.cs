using Advisor.Aws;
using Advisor.Aws.Protocol;
using Advisor.Host.Daemon;
using Advisor.Host.Observability;
using Advisor.Remediation;
using Advisor.Remediation.Execution;
using Advisor.Remediation.Kinds;
using Advisor.Remediation.Planning;
using Advisor.Remediation.Policy;
using Advisor.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Advisor.Host.Remediation;

/// <summary>
/// Remediation inside the daemon: the policy (section <c>Remediation</c>, validated at start), clients aimed where the cycles look
/// (the embedded sandbox or AWS), the planner with the optional webhook, and the jobs. Always registered, so the action endpoints
/// answer; with <c>Remediation:Enabled</c> false nothing is planned or executed.
/// </summary>
internal static class DaemonRemediation
{
    public const string WebhookClientName = "remediation-webhook";

    public static void Add(IServiceCollection services, IConfiguration configuration, CycleTargets targets)
    {
        services.AddSingleton<IRemediationClients>(sp =>
        {
            var environment = sp.GetRequiredService<CycleEnvironment>();
            var region = environment.Scopes.Count > 0 ? environment.Scopes[0].Region : "us-east-1";
            var target = targets.TargetForRegion(region);
            var retry = configuration.GetSection("Aws:Retry").Get<AwsRetryOptions>() ?? new AwsRetryOptions();
            // Why the cycle's factory: its HTTP pipeline counts requests in advisor_aws_requests_total, remediation's too.
            var factory = environment.ServicesFor(region).GetRequiredService<AwsClientFactory>();
            return new AwsRemediationClients(factory, target.Credentials, retry, target.EndpointUrl);
        });
        services.AddHttpClient(WebhookClientName);
        // Why registered before AddRemediation (which only TryAdds): the daemon's planner carries the webhook when one is configured.
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<RemediationOptions>();
            var notifier = options.WebhookUrl is { } url
                ? new WebhookNotifier(sp.GetRequiredService<IHttpClientFactory>().CreateClient(WebhookClientName), url, sp.GetRequiredService<ILogger<WebhookNotifier>>())
                : null;
            return new RemediationPlanner(sp.GetRequiredService<IAdvisorStore>().Journal, sp.GetRequiredService<ActionKinds>(), sp.GetRequiredService<IRemediationClients>(),
                options, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<RemediationPlanner>>(), notifier);
        });
        services.AddRemediation(configuration);
        services.AddTransient<RemediationJobs>();
    }

    /// <summary>
    /// At start, before the first cycle: settles entries a dead process left InProgress (or RollingBack) against AWS. A failure is
    /// logged and the daemon goes on: those entries stay InProgress, which no executor touches, until the next start.
    /// </summary>
    public static async Task ReconcileAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!services.GetRequiredService<RemediationOptions>().Enabled)
        {
            return;
        }

        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DaemonRemediation));
        try
        {
            var reconciled = await services.GetRequiredService<RemediationReconciler>().ReconcileAsync(cancellationToken);
            ActionCounter.Count(services.GetRequiredService<AdvisorMetrics>(), reconciled);
            if (reconciled.Count > 0)
            {
                logger.LogWarning("{Count} remediation actions left unfinished by a previous process were reconciled", reconciled.Count);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Reconciling unfinished remediation actions failed; they stay InProgress until the next start");
        }
    }
}
