using System.CommandLine;

namespace Advisor.Host.Cli;

/// <summary>Options shared by several commands, each with its validation.</summary>
internal static class CommonOptions
{
    public static Option<int> Seed() => new("--seed")
    {
        Description = "Seed of the generated estate (the same seed gives the same estate).",
        DefaultValueFactory = _ => 1,
    };

    /// <summary>Why: above a few thousand endpoints a generated estate stops being a useful demo and only costs memory.</summary>
    public static Option<int> Scale() => new Option<int>("--scale")
    {
        Description = "Number of endpoints in the generated estate (1-5000).",
        DefaultValueFactory = _ => 40,
    }.InRange(1, 5000);

    public static Option<FileInfo?> Estate() => new("--estate")
    {
        Description = "Load the estate from a YAML or JSON estate file instead of generating one (see docs/estate-format.md).",
    };

    public static Option<bool> Verbose() => new("--verbose", "-v")
    {
        Description = "Log progress (Information level) to stderr.",
    };

    public static Option<FileInfo?> Config() => new("--config")
    {
        Description = "An extra JSON configuration file layered over appsettings.json.",
    };
}
