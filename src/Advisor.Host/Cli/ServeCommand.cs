using System.CommandLine;
using Advisor.Host.Daemon;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;

namespace Advisor.Host.Cli;

/// <summary><c>serve</c>: run as a daemon (API, schedules, jobs, metrics) until stopped.</summary>
internal static class ServeCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var sandbox = new Option<bool>("--sandbox") { Description = "Serve a generated estate from the embedded AWS sandbox and scan that instead of AWS." };
        var urls = new Option<string?>("--urls") { Description = "Listen URL(s), ';'-separated (default Daemon:Urls, http://127.0.0.1:5080)." };
        var dataDir = new Option<string?>("--data-dir") { Description = "Directory for the SQLite store, job queue, snapshots and reports (default Storage:DataDirectory)." };
        var verbose = CommonOptions.Verbose();
        var config = CommonOptions.Config();
        var command = new Command("serve", "Run the advisor as a daemon: HTTP API, scheduled scans, weekly reports, /metrics.")
        {
            sandbox, urls, dataDir, verbose, config,
        };
        command.SetAction((parse, ct) => CommandGuard.RunAsync(console, () => RunAsync(
            new ServeSettings(parse.GetValue(sandbox), parse.GetValue(urls), parse.GetValue(dataDir), parse.GetValue(config)?.FullName, parse.GetValue(verbose)),
            console, ct)));
        return command;
    }

    private static async Task<int> RunAsync(ServeSettings settings, IAnsiConsole console, CancellationToken ct)
    {
        await using var app = await DaemonHost.BuildAsync(settings, ct);
        try
        {
            await DaemonHost.StartAsync(app, settings.Sandbox, ct);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or Microsoft.Extensions.Options.OptionsValidationException))
        {
            // Why one line: a database that does not answer or a port in use is an operator's fix, not a stack trace to read.
            // The messages of Npgsql, SQLite and Kestrel name the host, file or address, never a password.
            console.MarkupLine($"[red]The daemon could not start:[/] {Markup.Escape(ex.GetType().Name + ": " + ex.Message)}");
            return 1;
        }

        console.MarkupLine($"[grey]Advisor daemon on {Markup.Escape(string.Join(", ", app.Urls))}; Ctrl+C to stop.[/]");
        if (app.Services.GetService<CycleTargets>()?.Sandbox is { } sandbox)
        {
            // Why print it: the sandbox's control endpoints (/_sandbox/stats, faults, ground truth) are how one watches what the daemon did.
            console.MarkupLine($"[grey]Embedded sandbox at {Markup.Escape(sandbox.BaseUrl.ToString())}[/]");
        }
        await app.WaitForShutdownAsync(CancellationToken.None);
        return 0;
    }
}
