using Advisor.Aws.CloudWatch;
using Advisor.Aws.Credentials;
using Advisor.Aws.Protocol;
using Advisor.Aws.SageMaker;
using Advisor.Sandbox;
using Advisor.Sandbox.Generation;
using Microsoft.Extensions.Logging.Abstractions;

namespace Advisor.Aws.Tests.AgainstSandbox;

/// <summary>A generated estate served by a real sandbox on loopback, with our real clients pointed at it (tiny retry delays).</summary>
internal sealed class SandboxHarness : IAsyncDisposable
{
    private readonly HttpClient _http = new();

    private SandboxHarness(SandboxServer server, GeneratedEstate generated)
    {
        Server = server;
        Generated = generated;
        var factory = Factory(new StaticCredentialSource(SandboxCredentials.AccessKeyId, SandboxCredentials.SecretAccessKey));
        SageMaker = factory.CreateSageMaker(generated.Estate.Region, server.BaseUrl);
        CloudWatch = factory.CreateCloudWatch(generated.Estate.Region, server.BaseUrl);
    }

    public SandboxServer Server { get; }

    public GeneratedEstate Generated { get; }

    public ISageMakerApi SageMaker { get; }

    public ICloudWatchApi CloudWatch { get; }

    /// <summary>Why: retries must happen for real, but the suite must not sleep for seconds.</summary>
    public static AwsRetryOptions FastRetry { get; } = new() { BaseDelay = TimeSpan.FromMilliseconds(1), MaxBackoff = TimeSpan.FromMilliseconds(5) };

    public static async Task<SandboxHarness> StartAsync(int seed, int scale)
    {
        var now = DateTimeOffset.UtcNow;
        var generated = EstateGenerator.Generate(new GeneratorOptions
        {
            Seed = seed,
            Scale = scale,
            Now = GeneratorOptions.FloorToHour(now),
        });
        var server = await SandboxServer.StartAsync(generated.Estate, generated.GroundTruth, new SandboxOptions());
        return new SandboxHarness(server, generated);
    }

    /// <summary>A client factory with other credentials (e.g. a wrong secret).</summary>
    public AwsClientFactory Factory(ICredentialSource credentials) =>
        new(credentials, _http, NullLoggerFactory.Instance, TimeProvider.System, FastRetry);

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        _http.Dispose();
    }
}
