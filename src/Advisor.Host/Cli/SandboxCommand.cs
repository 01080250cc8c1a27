using System.CommandLine;
using System.Globalization;
using Advisor.Host.Composition;
using Advisor.Sandbox;
using Serilog.Extensions.Logging;
using Spectre.Console;

namespace Advisor.Host.Cli;

/// <summary><c>sandbox</c>: serve the AWS-compatible sandbox on loopback until stopped (Ctrl+C).</summary>
internal static class SandboxCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var port = new Option<int>("--port", "-p")
        {
            Description = "Loopback port to listen on (0 picks a free one).",
            DefaultValueFactory = _ => 4566,
        }.InRange(0, 65535);
        var seed = CommonOptions.Seed();
        var scale = CommonOptions.Scale();
        var estate = CommonOptions.Estate();
        var faults = FaultOption.Create();
        var verbose = CommonOptions.Verbose();
        var command = new Command("sandbox", "Serve the AWS-compatible sandbox (SageMaker, CloudWatch) on 127.0.0.1 until stopped.")
        {
            port, seed, scale, estate, faults, verbose,
        };
        command.SetAction((parse, ct) => CommandGuard.RunAsync(console, () => RunAsync(
            console, parse.GetValue(port), parse.GetValue(seed), parse.GetValue(scale), parse.GetValue(estate), parse.GetValue(faults) ?? [], parse.GetValue(verbose), ct)));
        return command;
    }

    private static async Task<int> RunAsync(IAnsiConsole console, int port, int seed, int scale, FileInfo? estateFile, FaultRule[] faults, bool verbose,
        CancellationToken ct)
    {
        var configuration = AdvisorConfiguration.Load();
        using var logger = LoggingSetup.Create(configuration, verbose);
        using var loggerFactory = new SerilogLoggerFactory(logger);
        var (estate, groundTruth) = EstateSource.Build(seed, scale, estateFile, TimeProvider.System);
        await using var sandbox = await SandboxServer.StartAsync(estate, groundTruth, new SandboxOptions { Port = port }, loggerFactory, ct);
        Array.ForEach(faults, sandbox.Faults.Add);

        var inv = CultureInfo.InvariantCulture;
        console.MarkupLine(inv, $"Sandbox listening on [blue]{sandbox.BaseUrl}[/] ({estate.Endpoints.Count} endpoints, " +
                                $"account {Markup.Escape(estate.AccountId)}, region {estate.Region}, data up to {estate.Now:yyyy-MM-dd HH:mm} UTC).");
        console.MarkupLine("Test credentials (the only key pair it accepts):");
        console.WriteLine($"  export AWS_ACCESS_KEY_ID={SandboxCredentials.AccessKeyId}");
        console.WriteLine($"  export AWS_SECRET_ACCESS_KEY={SandboxCredentials.SecretAccessKey}");
        console.WriteLine($"  export AWS_DEFAULT_REGION={estate.Region}");
        console.WriteLine($"  aws --endpoint-url {sandbox.BaseUrl} sagemaker list-endpoints");
        console.MarkupLine(inv, $"Call counts: [blue]{sandbox.BaseUrl}_sandbox/stats[/]" +
                                (groundTruth is null ? "" : $"; planted opportunities: [blue]{sandbox.BaseUrl}_sandbox/ground-truth[/]") + ". Ctrl+C stops.");
        try
        {
            await Task.Delay(Timeout.Infinite, ct);
        }
        catch (OperationCanceledException)
        {
            console.MarkupLine("Stopping.");
        }

        return 0;
    }
}
