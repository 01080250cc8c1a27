using System.CommandLine;
using System.Globalization;
using Advisor.Aws.Credentials;
using Advisor.Host.Composition;
using Advisor.Host.Cycle;
using Advisor.Host.Publishing;
using Advisor.Host.Terminal;
using Advisor.Sandbox;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Extensions.Logging;
using Spectre.Console;

namespace Advisor.Host.Cli;

/// <summary><c>demo</c>: start the sandbox on a free loopback port, run one cycle through the real HTTP clients, print and write the results.</summary>
internal static class DemoCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var output = new Option<DirectoryInfo>("--output", "-o")
        {
            Description = "Directory for recommendations.json, report.md, report.csv and ground-truth.json.",
            DefaultValueFactory = _ => new DirectoryInfo("out"),
        };
        var seed = CommonOptions.Seed();
        var scale = CommonOptions.Scale();
        var estate = CommonOptions.Estate();
        var faults = FaultOption.Create();
        var verbose = CommonOptions.Verbose();
        var config = CommonOptions.Config();
        var command = new Command("demo", "Run one cycle against the embedded AWS sandbox and write the reports.")
        {
            output, seed, scale, estate, faults, verbose, config,
        };
        command.SetAction((parse, ct) => CommandGuard.RunAsync(console, () => RunAsync(
            console, parse.GetValue(output)!, parse.GetValue(seed), parse.GetValue(scale), parse.GetValue(estate),
            parse.GetValue(faults) ?? [], parse.GetValue(verbose), parse.GetValue(config), ct)));
        return command;
    }

    private static async Task<int> RunAsync(
        IAnsiConsole console, DirectoryInfo output, int seed, int scale, FileInfo? estateFile, FaultRule[] faults, bool verbose, FileInfo? configFile,
        CancellationToken ct)
    {
        var configuration = AdvisorConfiguration.Load(configFile?.FullName);
        using var logger = LoggingSetup.Create(configuration, verbose);
        using var loggerFactory = new SerilogLoggerFactory(logger);

        var (estate, groundTruth) = EstateSource.Build(seed, scale, estateFile, TimeProvider.System);
        await using var sandbox = await SandboxServer.StartAsync(estate, groundTruth, new SandboxOptions(), loggerFactory, ct);
        Array.ForEach(faults, sandbox.Faults.Add);
        console.MarkupLine(CultureInfo.InvariantCulture,
            $"[grey]Sandbox at {sandbox.BaseUrl} serving {estate.Endpoints.Count} endpoints ({Markup.Escape(estate.AccountId)}/{estate.Region}).[/]");

        var target = new AwsTarget(estate.Region, sandbox.BaseUrl,
            new StaticCredentialSource(SandboxCredentials.AccessKeyId, SandboxCredentials.SecretAccessKey));
        await using var services = AdvisorServices.Build(configuration, target, loggerFactory, new FixedTimeProvider(estate.Now));
        var cycle = services.GetRequiredService<AdvisorCycle>();
        var result = await console.Status().StartAsync("Scanning the sandbox…", _ => cycle.RunAsync([(estate.Region, estate.AccountId)], ct));

        ResultView.Render(console, result, top: 20);
        var written = OutputWriter.Write(output.FullName, result, groundTruth);
        var stats = sandbox.Stats.Snapshot();
        written.Add(OutputWriter.WriteJson(output.FullName, "sandbox-stats.json", stats));
        console.MarkupLine(CultureInfo.InvariantCulture, $"[grey]AWS calls made: {Markup.Escape(string.Join(", ",
            stats.Calls.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}")))}; metric queries {stats.MetricQueries}.[/]");
        foreach (var path in written)
        {
            console.MarkupLine($"Wrote [blue]{Markup.Escape(path)}[/]");
        }

        return 0;
    }
}
