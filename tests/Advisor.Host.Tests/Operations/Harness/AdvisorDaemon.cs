using Advisor.Host.Tests.Support;

namespace Advisor.Host.Tests.Operations.Harness;

/// <summary>The built host running <c>serve --sandbox</c> as a child process on a free loopback port, with its own data directory.</summary>
internal sealed class AdvisorDaemon : IDisposable
{
    private AdvisorDaemon(ChildProcess process, int port)
    {
        Process = process;
        Port = port;
    }

    public ChildProcess Process { get; }

    public int Port { get; }

    /// <summary>host:port, as a Prometheus scrape target.</summary>
    public string Target => $"127.0.0.1:{Port}";

    public static AdvisorDaemon Start(string dataDirectory)
    {
        var port = FreePort.Next();
        var process = ChildProcess.Start("advisor serve", "dotnet",
            [ProcessRunner.AdvisorDll(), "serve", "--sandbox", "--urls", $"http://127.0.0.1:{port}", "--data-dir", dataDirectory],
            AppContext.BaseDirectory);
        return new AdvisorDaemon(process, port);
    }

    public void Dispose() => Process.Dispose();
}
