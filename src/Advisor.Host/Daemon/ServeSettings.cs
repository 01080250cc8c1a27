namespace Advisor.Host.Daemon;

/// <summary>What <c>serve</c> was given on its command line (each null/false means "from configuration").</summary>
public sealed record ServeSettings(bool Sandbox, string? Urls, string? DataDirectory, string? ConfigFile, bool Verbose)
{
    /// <summary>Extra configuration keys layered over everything else (tests use it; the command line never does).</summary>
    public IReadOnlyDictionary<string, string?> Overrides { get; init; } = new Dictionary<string, string?>();
}
