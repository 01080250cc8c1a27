using System.Text.Json;
using Advisor.Aws.CloudWatch;
using Advisor.Aws.Credentials;
using Advisor.Aws.Protocol;
using Advisor.Aws.SageMaker;
using Microsoft.Extensions.Logging.Abstractions;

namespace Advisor.Aws.Tests.Moto;

/// <summary>
/// A moto server with request authentication on: it recomputes every SigV4 signature (with botocore's signer) against
/// the secret of an IAM access key it issued, and answers 403 when ours differs. The first few calls are allowed unsigned
/// so the AWS CLI can create that user, its allow-all policy and the key.
/// </summary>
public sealed class MotoAuthFixture : IAsyncLifetime, IDisposable
{
    /// <summary>Why: create-user, put-user-policy and create-access-key run before any key exists; every later call is checked.</summary>
    private const int UnauthenticatedSetupCalls = 3;

    /// <summary>The member of create-access-key's answer holding the key (it shares its name with a property here).</summary>
    private const string AccessKeyMember = "AccessKey";

    private readonly HttpClient _http = new();
    private MotoServer? _server;

    /// <summary>The access key moto issued.</summary>
    public string AccessKey { get; private set; } = string.Empty;

    /// <summary>Its secret (kept out of every message; tests assert that).</summary>
    public string SecretKey { get; private set; } = string.Empty;

    /// <summary>Our SageMaker client signing with <paramref name="secretKey"/> (default: the issued, correct one).</summary>
    public ISageMakerApi SageMaker(string? accessKey = null, string? secretKey = null) =>
        Factory(accessKey, secretKey).CreateSageMaker(MotoFixture.Region, Server.Endpoint);

    /// <summary>Our CloudWatch client signing with the issued key.</summary>
    public ICloudWatchApi CloudWatch() => Factory(null, null).CreateCloudWatch(MotoFixture.Region, Server.Endpoint);

    private MotoServer Server => _server ?? throw new InvalidOperationException("The moto auth fixture has not started.");

    public async Task InitializeAsync()
    {
        var environment = new Dictionary<string, string>
        {
            ["INITIAL_NO_AUTH_ACTION_COUNT"] = UnauthenticatedSetupCalls.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        _server = await MotoServer.StartAsync(environment: environment);
        try
        {
            var cli = new AwsCli(_server.Endpoint, MotoFixture.AccessKey, MotoFixture.SecretKey, MotoFixture.Region);
            await cli.RunAsync("iam", "create-user", "--user-name", "advisor");
            await cli.RunAsync(
                "iam", "put-user-policy", "--user-name", "advisor", "--policy-name", "allow-all",
                "--policy-document", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""");
            using var key = JsonDocument.Parse(await cli.RunAsync("iam", "create-access-key", "--user-name", "advisor"));
            var accessKey = key.RootElement.GetProperty(AccessKeyMember);
            AccessKey = accessKey.GetProperty("AccessKeyId").GetString() ?? throw new InvalidOperationException("create-access-key returned no AccessKeyId.");
            SecretKey = accessKey.GetProperty("SecretAccessKey").GetString() ?? throw new InvalidOperationException("create-access-key returned no secret.");
        }
        catch (Exception ex) when (ex is InvalidOperationException or JsonException or KeyNotFoundException)
        {
            var stderr = _server.StandardError;
            await _server.DisposeAsync();
            _server = null;
            throw new InvalidOperationException($"Setting up moto's IAM failed: {ex.Message}\nmoto stderr:\n{stderr}", ex);
        }
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
            _server = null;
        }
    }

    public void Dispose() => _http.Dispose();

    private AwsClientFactory Factory(string? accessKey, string? secretKey)
    {
        // Why: a signature failure is final (403); one attempt keeps the failing tests quick.
        var retry = new AwsRetryOptions { MaxAttempts = 1 };
        var credentials = new StaticCredentialSource(accessKey ?? AccessKey, secretKey ?? SecretKey);
        return new AwsClientFactory(credentials, _http, NullLoggerFactory.Instance, TimeProvider.System, retry);
    }
}
