using Microsoft.Extensions.Logging;

namespace Advisor.Sandbox.Hosting;

/// <summary>Routes the web host's logging into the caller's <see cref="ILoggerFactory"/> (which the host must not dispose).</summary>
internal sealed class ForwardingLoggerProvider(ILoggerFactory factory) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => factory.CreateLogger(categoryName);

    public void Dispose()
    {
        // The factory belongs to the caller.
    }
}
