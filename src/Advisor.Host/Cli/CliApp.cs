using System.CommandLine;
using Spectre.Console;

namespace Advisor.Host.Cli;

/// <summary>The command line: <c>demo</c>, <c>sandbox</c> and <c>scan</c>.</summary>
public static class CliApp
{
    /// <summary>Parses and runs a command; returns the process exit code (0 ok, 1 failed, 2 bad usage).</summary>
    public static Task<int> RunAsync(string[] args, IAnsiConsole? console = null)
    {
        console ??= AnsiConsole.Console;
        var root = new RootCommand("ML Cost Advisor: finds and prices savings in AWS machine-learning estates.")
        {
            DemoCommand.Create(console),
            SandboxCommand.Create(console),
            ScanCommand.Create(console),
            CatalogueCommand.Create(console),
            IamPolicyCommand.Create(console),
            ServeCommand.Create(console),
        };
        return root.Parse(args).InvokeAsync();
    }
}
