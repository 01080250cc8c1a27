using Advisor.Sandbox;
using Microsoft.Extensions.Hosting;

namespace Advisor.Host.Daemon;

/// <summary>Owns the embedded sandbox of <c>serve --sandbox</c>: disposes it when the host stops (after the jobs that call it).</summary>
internal sealed class SandboxLifetime(SandboxServer sandbox) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken) => await sandbox.DisposeAsync();
}
