using Microsoft.Extensions.Options;
using Quartz;

namespace Advisor.Host.Daemon;

/// <summary>Checks the <c>Daemon</c> section at start; every message names the configuration key to fix.</summary>
internal sealed class DaemonOptionsValidator : IValidateOptions<DaemonOptions>
{
    public ValidateOptionsResult Validate(string? name, DaemonOptions options)
    {
        var failures = new List<string>();
        CheckCron(failures, "Daemon:Schedules:Scan", options.Schedules.Scan);
        CheckCron(failures, "Daemon:Schedules:Report", options.Schedules.Report);
        CheckCron(failures, "Daemon:Schedules:Remediation", options.Schedules.Remediation);
        foreach (var url in SplitUrls(options.Urls))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                failures.Add($"Daemon:Urls: '{url}' is not an absolute http(s) URL.");
            }
        }

        if (SplitUrls(options.Urls).Count == 0)
        {
            failures.Add("Daemon:Urls must name at least one URL, e.g. http://127.0.0.1:5080.");
        }

        // Why these bounds: one worker cannot overlap collection with analysis; beyond 32 AWS throttling dominates.
        if (options.Jobs.WorkerCount is < 1 or > 32)
        {
            failures.Add($"Daemon:Jobs:WorkerCount must be between 1 and 32, was {options.Jobs.WorkerCount}.");
        }

        if (options.Jobs.CollectAttempts is < 1 or > 10)
        {
            failures.Add($"Daemon:Jobs:CollectAttempts must be between 1 and 10, was {options.Jobs.CollectAttempts}.");
        }

        if (options.Jobs.RetryDelay < TimeSpan.Zero || options.Jobs.ShutdownTimeout <= TimeSpan.Zero)
        {
            failures.Add("Daemon:Jobs:RetryDelay must not be negative and Daemon:Jobs:ShutdownTimeout must be positive.");
        }

        // Why 5000: the sandbox generator's own limit (see the demo's --scale).
        if (options.Sandbox.Scale is < 1 or > 5000)
        {
            failures.Add($"Daemon:Sandbox:Scale must be between 1 and 5000, was {options.Sandbox.Scale}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static IReadOnlyList<string> SplitUrls(string? urls) =>
        (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static void CheckCron(List<string> failures, string key, string? expression)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            failures.Add($"{key} is required (a Quartz cron expression, e.g. '0 0 0/6 * * ?').");
            return;
        }

        if (!CronExpression.TryParse(expression, out _))
        {
            failures.Add($"{key}: '{expression}' is not a valid Quartz cron expression (6-7 fields, seconds first, e.g. '0 0 0/6 * * ?').");
        }
    }
}
