using Advisor.Host.Cli;
using Spectre.Console;

namespace Advisor.Host.Tests.Support;

/// <summary>Runs the CLI in-process with a plain, non-interactive console and captures what it printed.</summary>
internal static class CliRun
{
    public static async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 200;
        var exit = await CliApp.RunAsync(args, console);
        return (exit, writer.ToString());
    }
}
