using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Tests.Support;

/// <summary>Starts a sandbox on 127.0.0.1 with a free port and a signed client for it; dispose to stop both.</summary>
internal sealed class RunningSandbox : IAsyncDisposable
{
    private RunningSandbox(SandboxServer server)
    {
        Server = server;
        Client = new SignedClient(server.BaseUrl);
    }

    public SandboxServer Server { get; }
    public SignedClient Client { get; }

    public static async Task<RunningSandbox> StartAsync(GroundTruth? groundTruth = null, SandboxEstate? estate = null) =>
        new(await SandboxServer.StartAsync(estate ?? TestEstate.Build(), groundTruth, new SandboxOptions()));

    /// <summary>Wraps a server a test started with its own options.</summary>
    public static RunningSandbox Wrap(SandboxServer server) => new(server);

    /// <summary>A second client with other credentials or clock (dispose it in the test).</summary>
    public SignedClient NewClient(string? secretKey = null, string? accessKey = null, string? region = null, Func<DateTime>? clock = null) =>
        new(Server.BaseUrl)
        {
            SecretKey = secretKey ?? SandboxCredentials.SecretAccessKey,
            AccessKey = accessKey ?? SandboxCredentials.AccessKeyId,
            Region = region ?? TestEstate.Region,
            Clock = clock ?? (() => DateTime.UtcNow),
        };

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
