using Advisor.Aws.CloudWatch;
using Advisor.Aws.Credentials;
using Advisor.Aws.Protocol;
using Advisor.Aws.SageMaker;
using Microsoft.Extensions.Time.Testing;

namespace Advisor.Aws.Tests.Support;

/// <summary>Clients wired to a <see cref="StubHttpHandler"/>, a fixed clock and zero retry delays.</summary>
public sealed class TestClients
{
    public const string AccessKey = "AKIDEXAMPLE";
    public const string SecretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    public const string Region = "eu-west-1";

    public static readonly Uri SandboxUrl = new("http://127.0.0.1:4566/");

    public TestClients(string? sessionToken = null, int maxAttempts = 3)
    {
        Credentials = new StaticCredentialSource(AccessKey, SecretKey, sessionToken);
        Retry = new AwsRetryOptions { MaxAttempts = maxAttempts, BaseDelay = TimeSpan.Zero, MaxBackoff = TimeSpan.Zero };
        HttpClient = new HttpClient(Handler);
    }

    public StubHttpHandler Handler { get; } = new();

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 8, 1, 0, 15, 0, TimeSpan.Zero));

    public ListLogger<AwsJsonClient> Logger { get; } = new();

    public StaticCredentialSource Credentials { get; }

    public AwsRetryOptions Retry { get; }

    public HttpClient HttpClient { get; }

    public AwsJsonClient Json(AwsServiceEndpoint endpoint) => new(endpoint, HttpClient, Credentials, Retry, Clock, Logger);

    public SageMakerClient SageMaker() => new(Json(AwsServiceEndpoint.SageMaker(Region, SandboxUrl)));

    public CloudWatchClient CloudWatch() => new(Json(AwsServiceEndpoint.CloudWatch(Region, SandboxUrl)));
}
