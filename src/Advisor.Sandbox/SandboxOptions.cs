using System.Net;

namespace Advisor.Sandbox;

/// <summary>Where the sandbox listens. Loopback only: the server holds a fixed, published test key pair.</summary>
public sealed record SandboxOptions
{
    /// <summary>A loopback address (127.0.0.1, ::1) or "localhost"; anything else is refused at start.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>TCP port; 0 picks a free port (read it back from <see cref="SandboxServer.BaseUrl"/>).</summary>
    public int Port { get; init; }

    /// <summary>Clock used for the SigV4 five-minute skew check. Defaults to the real clock, as AWS uses.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>
    /// Clock of the estate's changes (LastModifiedTime, when a mutating operation stops billing a resource) and of Cost Explorer's
    /// "today" (the estate's now advanced by this clock's elapsed time). Defaults to <see cref="Clock"/>; a test advances it to see a
    /// bill fall without upsetting SigV4's skew check.
    /// </summary>
    public TimeProvider? EstateClock { get; init; }

    /// <summary>Validates the options and returns the address to bind.</summary>
    internal IPAddress ResolveLoopbackAddress()
    {
        if (Port is < 0 or > IPEndPoint.MaxPort)
        {
            throw new ArgumentOutOfRangeException(nameof(Port), Port, $"Sandbox port must be between 0 and {IPEndPoint.MaxPort}.");
        }

        if (string.Equals(Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return IPAddress.Loopback;
        }

        if (!IPAddress.TryParse(Host, out var address))
        {
            throw new ArgumentException($"Sandbox host '{Host}' is not an IP address; use a loopback address such as 127.0.0.1.", nameof(Host));
        }

        if (!IPAddress.IsLoopback(address))
        {
            // Why: the sandbox accepts a published test key pair, so it must never be reachable from another machine.
            throw new ArgumentException($"Sandbox host '{Host}' is not a loopback address; the sandbox only listens on loopback (127.0.0.1 or ::1).", nameof(Host));
        }

        return address;
    }
}
