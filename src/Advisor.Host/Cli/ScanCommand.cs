using System.CommandLine;
using Advisor.Aws.Collection;
using Advisor.Aws.Credentials;
using Advisor.Core.Analysis;
using Advisor.Core.Snapshots;
using Advisor.Host.Composition;
using Advisor.Host.Cycle;
using Advisor.Host.Publishing;
using Advisor.Host.Terminal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Extensions.Logging;
using Spectre.Console;

namespace Advisor.Host.Cli;

/// <summary><c>scan</c>: one cycle against real AWS (default credential chain) or a sandbox URL.</summary>
internal static class ScanCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var output = new Option<DirectoryInfo>("--output", "-o") { Description = "Directory for the reports.", Required = true };
        var endpointUrl = OptionValidation.AbsoluteUrl("--endpoint-url", "Send every AWS call to this URL (a sandbox) instead of AWS.");
        var regions = new Option<string[]>("--region")
        {
            Description = "Region(s) to scan; repeat for several. Default: Aws:Regions from configuration.",
            AllowMultipleArgumentsPerToken = true,
        };
        var account = new Option<string?>("--account") { Description = "Account id to report (default: read from the resources' ARNs)." };
        var verbose = CommonOptions.Verbose();
        var config = CommonOptions.Config();
        var command = new Command("scan", "Run one cycle against AWS or a sandbox URL and write the reports.")
        {
            output, endpointUrl, regions, account, verbose, config,
        };
        command.SetAction((parse, ct) => CommandGuard.RunAsync(console, () => RunAsync(
            console, parse.GetValue(output)!, parse.GetValue(endpointUrl), parse.GetValue(regions) ?? [], parse.GetValue(account),
            parse.GetValue(verbose), parse.GetValue(config), ct)));
        return command;
    }

    private static async Task<int> RunAsync(
        IAnsiConsole console, DirectoryInfo output, Uri? endpointUrl, string[] regionArgs, string? account, bool verbose, FileInfo? configFile,
        CancellationToken ct)
    {
        var configuration = AdvisorConfiguration.Load(configFile?.FullName);
        using var logger = LoggingSetup.Create(configuration, verbose);
        using var loggerFactory = new SerilogLoggerFactory(logger);
        var regions = regionArgs.Length > 0 ? regionArgs : configuration.GetSection("Aws:Regions").Get<string[]>() ?? [];
        if (regions.Length == 0)
        {
            console.MarkupLine("[red]No region to scan:[/] pass --region or set Aws:Regions in appsettings.json.");
            return 1;
        }

        // Why: clients are per region, but ranking, de-duplication and totals are for the whole estate: collect each region,
        // then analyse every snapshot together once.
        var snapshots = new List<ScopeSnapshot>();
        ServiceProvider? last = null;
        try
        {
            foreach (var region in regions)
            {
                var target = new AwsTarget(region, endpointUrl, new DefaultChainCredentialSource());
                last = AdvisorServices.Build(configuration, target, loggerFactory, TimeProvider.System);
                var collector = last.GetRequiredService<ScopeCollector>();
                var registry = last.GetRequiredService<AnalyzerRegistry>();
                snapshots.Add(await console.Status().StartAsync($"Scanning {region}…", _ => collector.CollectAsync(region, account, registry.All, ct)));
                if (region != regions[^1])
                {
                    await last.DisposeAsync();
                }
            }

            var merged = last!.GetRequiredService<AdvisorCycle>().Analyze(snapshots);
            ResultView.Render(console, merged, top: 20);
            foreach (var path in OutputWriter.Write(output.FullName, merged, groundTruth: null))
            {
                console.MarkupLine($"Wrote [blue]{Markup.Escape(path)}[/]");
            }

            return 0;
        }
        finally
        {
            if (last is not null)
            {
                await last.DisposeAsync();
            }
        }
    }

}
