using Microsoft.Extensions.Configuration;

namespace Advisor.Host.Composition;

/// <summary>
/// Configuration sources, in increasing precedence: appsettings.json (root of the repo, copied next to the binary),
/// an optional file given with --config, then environment variables prefixed ADVISOR_ (e.g. ADVISOR_Collection__LookbackDays=32).
/// </summary>
public static class AdvisorConfiguration
{
    public const string EnvironmentPrefix = "ADVISOR_";

    public static IConfigurationRoot Load(string? extraFile = null)
    {
        var builder = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true, reloadOnChange: false);
        if (extraFile is not null)
        {
            if (!File.Exists(extraFile))
            {
                throw new FileNotFoundException($"Configuration file '{extraFile}' does not exist.", extraFile);
            }

            builder.AddJsonFile(Path.GetFullPath(extraFile), optional: false, reloadOnChange: false);
        }

        return builder.AddEnvironmentVariables(EnvironmentPrefix).Build();
    }
}
