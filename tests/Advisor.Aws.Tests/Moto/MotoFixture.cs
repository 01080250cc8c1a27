using Advisor.Aws.CloudWatch;
using Advisor.Aws.Credentials;
using Advisor.Aws.Protocol;
using Advisor.Aws.SageMaker;
using Microsoft.Extensions.Logging.Abstractions;

namespace Advisor.Aws.Tests.Moto;

/// <summary>
/// One moto server for the whole <see cref="MotoSuite"/>, seeded once with <see cref="MotoEstate"/>; the tests only read, so no
/// reset between them is needed. If python3, moto or the AWS CLI is missing, every test of the suite fails with the reason.
/// </summary>
public sealed class MotoFixture : IAsyncLifetime, IDisposable
{
    public const string AccessKey = "AKIDEXAMPLE";
    public const string SecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    public const string Region = "us-east-1";

    private MotoServer? _server;
    private HttpClient? _http;
    private AwsClientFactory? _factory;

    /// <summary>The running server (after <see cref="InitializeAsync"/>).</summary>
    public MotoServer Server => _server ?? throw new InvalidOperationException("The moto fixture has not started.");

    /// <summary>The whole hour the seeded metric values are placed after: three hours before the last whole hour.</summary>
    public DateTimeOffset AnchorHour { get; private set; }

    /// <summary>Just before seeding started (moto stamps CreationTime with its own clock, the same machine's).</summary>
    public DateTimeOffset SeedStarted { get; private set; }

    /// <summary>Just after seeding finished.</summary>
    public DateTimeOffset SeedFinished { get; private set; }

    /// <summary>Our SageMaker client, pointed at moto.</summary>
    public ISageMakerApi SageMaker() => Factory.CreateSageMaker(Region, Server.Endpoint);

    /// <summary>Our CloudWatch client, pointed at moto.</summary>
    public ICloudWatchApi CloudWatch() => Factory.CreateCloudWatch(Region, Server.Endpoint);

    private AwsClientFactory Factory => _factory ?? throw new InvalidOperationException("The moto fixture has not started.");

    public async Task InitializeAsync()
    {
        _server = await MotoServer.StartAsync();

        // Why: CloudWatch accepts puts up to two weeks old; three hours back leaves whole, finished hours before "now".
        var now = TimeProvider.System.GetUtcNow();
        AnchorHour = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero).AddHours(-3);
        SeedStarted = now;
        try
        {
            await _server.ResetAsync();
            await MotoEstate.SeedAsync(new AwsCli(_server.Endpoint, AccessKey, SecretKey, Region), AnchorHour);
        }
        catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or TaskCanceledException)
        {
            // Why: xunit may not dispose a fixture whose start failed; the moto process must not outlive the run.
            var stderr = _server.StandardError;
            await _server.DisposeAsync();
            _server = null;
            throw new InvalidOperationException($"Seeding moto failed: {ex.Message}\nmoto stderr:\n{stderr}", ex);
        }

        SeedFinished = TimeProvider.System.GetUtcNow();
        _http = new HttpClient();

        // Why: moto answers errors with 4xx, which are never retried; short delays keep any 5xx retry quick.
        var retry = new AwsRetryOptions { MaxAttempts = 2, BaseDelay = TimeSpan.FromMilliseconds(10), MaxBackoff = TimeSpan.FromMilliseconds(50) };
        _factory = new AwsClientFactory(new StaticCredentialSource(AccessKey, SecretKey), _http, NullLoggerFactory.Instance, TimeProvider.System, retry);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
            _server = null;
        }
    }

    public void Dispose() => _http?.Dispose();
}

/// <summary>The xunit collection sharing one <see cref="MotoFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class MotoSuite : ICollectionFixture<MotoFixture>
{
    public const string Name = "moto";
}
