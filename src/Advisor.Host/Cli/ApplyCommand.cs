using System.CommandLine;
using Advisor.Aws;
using Advisor.Aws.Credentials;
using Advisor.Aws.Protocol;
using Advisor.Core.Analysis;
using Advisor.Host.Composition;
using Advisor.Host.Cycle;
using Advisor.Host.Remediation;
using Advisor.Remediation.Execution;
using Advisor.Remediation.Kinds;
using Advisor.Remediation.Planning;
using Advisor.Remediation.Policy;
using Advisor.Sandbox;
using Advisor.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog.Extensions.Logging;
using Spectre.Console;

namespace Advisor.Host.Cli;

/// <summary>
/// <c>apply</c>: one cycle (AWS, a sandbox URL, or an embedded sandbox from <c>--seed</c>/<c>--estate</c>), the remediation plan
/// as a table, then — without <c>--dry-run</c> — the cycle merged into the store as a run (trigger <c>apply</c>), execution within
/// the policy, journal first, the journal's outcome, and a report with the actions section (its directory is printed).
/// </summary>
internal static class ApplyCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var dryRun = new Option<bool>("--dry-run") { Description = "Plan and print only: no journal entry, no AWS change." };
        var kind = new Option<string?>("--kind") { Description = "Only this action kind (" + string.Join(", ", ActionKindIds.All) + ")." };
        kind.AcceptOnlyFromAmong([.. ActionKindIds.All]);
        var policy = new Option<FileInfo?>("--policy") { Description = "A YAML/JSON remediation policy (shape of the Remediation section); default: appsettings.json." };
        var endpointUrl = OptionValidation.AbsoluteUrl("--endpoint-url", "Send every AWS call to this URL (a sandbox) instead of AWS.");
        var region = new Option<string?>("--region") { Description = "Region (default: the first of Aws:Regions; the estate's for an embedded sandbox)." };
        var dataDir = new Option<DirectoryInfo?>("--data-dir") { Description = "Directory of the SQLite store holding the journal (default: Storage:DataDirectory)." };
        var seed = new Option<int?>("--seed") { Description = "Run against an embedded sandbox with this generated estate." };
        var estate = CommonOptions.Estate();
        var verbose = CommonOptions.Verbose();
        var config = CommonOptions.Config();
        var command = new Command("apply", "Plan the safe fixes for one cycle's recommendations and, without --dry-run, apply them within the policy.")
        {
            dryRun, kind, policy, endpointUrl, region, dataDir, seed, estate, verbose, config,
        };
        command.SetAction((parse, ct) => CommandGuard.RunAsync(console, () => RunAsync(console, new Args(
            parse.GetValue(dryRun), parse.GetValue(kind), parse.GetValue(policy), parse.GetValue(endpointUrl), parse.GetValue(region),
            parse.GetValue(dataDir), parse.GetValue(seed), parse.GetValue(estate), parse.GetValue(verbose), parse.GetValue(config)), ct)));
        return command;
    }

    private static async Task<int> RunAsync(IAnsiConsole console, Args args, CancellationToken ct)
    {
        var configuration = AdvisorConfiguration.Load(args.Config?.FullName);
        using var logger = LoggingSetup.Create(configuration, args.Verbose);
        using var loggerFactory = new SerilogLoggerFactory(logger);
        RemediationOptions options;
        try
        {
            options = LoadPolicy(configuration, args.Policy, args.Kind);
        }
        catch (PolicyFileException ex)
        {
            console.MarkupLine("[red]The remediation policy is invalid:[/] " + Markup.Escape(ex.Message));
            return 1;
        }

        SandboxServer? sandbox = null;
        var endpointUrl = args.EndpointUrl;
        var region = args.Region ?? configuration.GetSection("Aws:Regions").Get<string[]>()?.FirstOrDefault() ?? "us-east-1";
        ICredentialSource credentials = new DefaultChainCredentialSource();
        TimeProvider asOf = TimeProvider.System;
        if (endpointUrl is null && (args.Seed is not null || args.Estate is not null))
        {
            var (served, truth) = EstateSource.Build(args.Seed ?? 1, 40, args.Estate, TimeProvider.System);
            sandbox = await SandboxServer.StartAsync(served, truth, new SandboxOptions(), loggerFactory, ct);
            (endpointUrl, region, asOf) = (sandbox.BaseUrl, served.Region, new FixedTimeProvider(served.Now));
            credentials = new StaticCredentialSource(SandboxCredentials.AccessKeyId, SandboxCredentials.SecretAccessKey);
            console.MarkupLine($"[grey]Embedded sandbox at {sandbox.BaseUrl} ({served.Endpoints.Count} endpoints).[/]");
        }

        try
        {
            await using var services = AdvisorServices.Build(configuration, new AwsTarget(region, endpointUrl, credentials), loggerFactory, asOf);
            var result = await console.Status().StartAsync($"Scanning {region}…", _ => services.GetRequiredService<AdvisorCycle>().RunAsync([(region, null)], ct));

            var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
            storage.DataDirectory = args.DataDir?.FullName ?? storage.DataDirectory;
            await using var store = await AdvisorStore.OpenMigratedAsync(storage, TimeProvider.System, loggerFactory, ct);
            var retry = configuration.GetSection("Aws:Retry").Get<AwsRetryOptions>() ?? new AwsRetryOptions();
            using var clients = new AwsRemediationClients(services.GetRequiredService<AwsClientFactory>(), credentials, retry, endpointUrl);
            var time = TimeProvider.System;
            // Why: the right-size wait follows the policy's PollInterval × MaxPolls, not the defaults.
            var kinds = ActionKinds.Create(options, time);
            var executor = new RemediationExecutor(store, kinds, clients, options, time, loggerFactory.CreateLogger<RemediationExecutor>());
            if (!args.DryRun)
            {
                // Why: entries a crashed run left InProgress are settled against AWS before anything new starts.
                var reconciled = await new RemediationReconciler(store, kinds, clients, executor, time, loggerFactory.CreateLogger<RemediationReconciler>())
                    .ReconcileAsync(ct);
                PlanView.RenderOutcome(console, "Reconciled after a previous run", reconciled);
            }

            string? runId = null;
            if (!args.DryRun)
            {
                // Why merge first: the executor marks a recommendation Applied in the store, so the store must hold this cycle's.
                runId = await ApplyRun.MergeAsync(store, result, services.GetRequiredService<AnalyzerRegistry>().All, time, ct);
            }

            using var http = new HttpClient();
            var notifier = options.WebhookUrl is { } hook ? new WebhookNotifier(http, hook, loggerFactory.CreateLogger<WebhookNotifier>()) : null;
            var planner = new RemediationPlanner(store.Journal, kinds, clients, options, time, loggerFactory.CreateLogger<RemediationPlanner>(), notifier);
            var candidates = await RemediationCandidates.FilterAsync(store.Recommendations, kinds, result.Recommendations, ct);
            var plan = await planner.PlanAsync(candidates, preview: args.DryRun, ct);
            PlanView.RenderPlan(console, plan);
            if (args.DryRun)
            {
                return 0;
            }

            var done = await executor.RunAsync(ct);
            PlanView.RenderOutcome(console, "Applied", done);
            var reportDir = await ApplyRun.PublishReportAsync(store, storage.DataDirectory, configuration, loggerFactory, runId!, ct);
            console.MarkupLine("Report with the actions written to [blue]" + Markup.Escape(reportDir) + "[/] (report.md, report.html, report.csv, report.json).");
            return done.Any(e => e.State == Storage.Journal.JournalState.Failed) ? 1 : 0;
        }
        finally
        {
            if (sandbox is not null)
            {
                await sandbox.DisposeAsync();
            }
        }
    }

    private static RemediationOptions LoadPolicy(IConfiguration configuration, FileInfo? file, string? onlyKind)
    {
        var options = file is not null ? PolicyFile.Load(file.FullName) : configuration.GetSection(RemediationOptions.SectionName).Get<RemediationOptions>() ?? new();
        var errors = RemediationOptionsValidator.Errors(options, RemediationOptions.SectionName + ":");
        if (file is null && errors.Count > 0)
        {
            throw new PolicyFileException(string.Join(Environment.NewLine, errors));
        }

        foreach (var policy in options.Kinds.Where(k => onlyKind is not null && k.Key != onlyKind).Select(k => k.Value))
        {
            policy.Enabled = false;
        }

        return options;
    }

    private sealed record Args(
        bool DryRun, string? Kind, FileInfo? Policy, Uri? EndpointUrl, string? Region, DirectoryInfo? DataDir, int? Seed, FileInfo? Estate, bool Verbose, FileInfo? Config);
}
