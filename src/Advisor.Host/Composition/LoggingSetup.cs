using Microsoft.Extensions.Configuration;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Advisor.Host.Composition;

/// <summary>
/// Serilog for the whole process: levels from the <c>Serilog</c> section, readable text on stderr by default,
/// compact JSON when <c>Logging:Format</c> is <c>json</c>. Stdout stays free for tables and machine output.
/// </summary>
public static class LoggingSetup
{
    public static Serilog.Core.Logger Create(IConfiguration configuration, bool verbose)
    {
        var config = new LoggerConfiguration()
            .ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext();
        if (verbose)
        {
            config.MinimumLevel.Information();
        }

        var json = string.Equals(configuration["Logging:Format"], "json", StringComparison.OrdinalIgnoreCase);
        return (json
                ? config.WriteTo.Console(new CompactJsonFormatter(), standardErrorFromLevel: LogEventLevel.Verbose)
                : config.WriteTo.Console(
                    outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}",
                    standardErrorFromLevel: LogEventLevel.Verbose,
                    formatProvider: System.Globalization.CultureInfo.InvariantCulture))
            .CreateLogger();
    }
}
