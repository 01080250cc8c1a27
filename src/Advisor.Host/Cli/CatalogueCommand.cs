using System.CommandLine;
using Advisor.Analyzers.Catalogue;
using Advisor.Analyzers.Registration;
using Advisor.Host.Composition;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Advisor.Host.Cli;

/// <summary><c>catalogue</c>: regenerate <c>recommendations/</c> (one page per analyzer and the index) from the registered analyzers.</summary>
internal static class CatalogueCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var output = new Option<DirectoryInfo?>("--output", "-o")
        {
            Description = "Directory to write to (default: recommendations/ of the repository this is run from).",
        };
        var command = new Command("catalogue", "Regenerate the recommendation catalogue (recommendations/*.md) from the analyzers' descriptors.") { output };
        command.SetAction((parse, ct) => CommandGuard.RunAsync(console, () =>
        {
            var directory = parse.GetValue(output)?.FullName ?? DefaultDirectory();
            using var services = new ServiceCollection().AddAdvisorAnalyzers(AdvisorConfiguration.Load()).BuildServiceProvider();
            foreach (var path in CatalogueWriter.WriteAll(directory, services))
            {
                console.MarkupLine($"Wrote [blue]{Markup.Escape(path)}[/]");
            }

            return Task.FromResult(0);
        }));
        return command;
    }

    /// <summary>The <c>recommendations/</c> folder beside the nearest <c>Advisor.sln</c> above the working directory.</summary>
    private static string DefaultDirectory()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Advisor.sln")))
            {
                return Path.Combine(dir.FullName, "recommendations");
            }
        }

        throw new FileNotFoundException("No Advisor.sln above the working directory; pass --output DIR.");
    }
}
