using Advisor.Aws;
using Advisor.Aws.Credentials;
using Advisor.Aws.Protocol;
using Advisor.Core.Domain;
using Advisor.Remediation.Kinds;
using Advisor.Sandbox;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Generation;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Advisor.Remediation.Tests.Support;

/// <summary>A generated estate served by a real sandbox on 127.0.0.1, the remediation clients pointed at it, and a fake clock.</summary>
internal sealed class SandboxRig : IAsyncDisposable
{
    public const string OptIn = "advisor:auto-apply";

    private readonly HttpClient _http = new();

    private SandboxRig(SandboxServer server, FakeTimeProvider time)
    {
        Server = server;
        var credentials = new StaticCredentialSource(SandboxCredentials.AccessKeyId, SandboxCredentials.SecretAccessKey);

        // Why: signing uses the real clock (the sandbox checks SigV4 skew); remediation's own decisions use the fake one.
        Factory = new AwsClientFactory(credentials, _http, NullLoggerFactory.Instance, TimeProvider.System, FastRetry);
        Clients = new AwsRemediationClients(Factory, credentials, FastRetry, server.BaseUrl);
        Time = time;
    }

    /// <summary>The signed-client factory pointed nowhere in particular (pass <see cref="SandboxServer.BaseUrl"/> as the override).</summary>
    public AwsClientFactory Factory { get; }

    /// <summary>Why: retries must happen for real, but the suite must not sleep for seconds.</summary>
    public static AwsRetryOptions FastRetry { get; } = new() { BaseDelay = TimeSpan.FromMilliseconds(1), MaxBackoff = TimeSpan.FromMilliseconds(5) };

    public SandboxServer Server { get; }

    public SandboxEstate Estate => Server.Estate;

    public AwsRemediationClients Clients { get; }

    public FakeTimeProvider Time { get; }

    public RegionClients Region => Clients.ForRegion(Estate.Region);

    public static async Task<SandboxRig> StartAsync(int seed = 3)
    {
        var generated = EstateGenerator.Generate(new GeneratorOptions
        {
            Seed = seed,
            Scale = 40,
            Now = GeneratorOptions.FloorToHour(DateTimeOffset.UtcNow),
        });
        // Why: the sandbox's estate (its changes and Cost Explorer's "today") follows the fake clock, SigV4 the real one.
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        return new SandboxRig(await SandboxServer.StartAsync(generated.Estate, generated.GroundTruth, new SandboxOptions { EstateClock = time }), time);
    }

    /// <summary>Idle endpoints the generator tagged with <c>advisor:auto-apply</c> = <paramref name="value"/>.</summary>
    public IReadOnlyList<SandboxEndpoint> TaggedIdle(string value) =>
        Estate.Endpoints.Where(e => e.Tags.TryGetValue(OptIn, out var v) && v == value).ToList();

    public SandboxEndpoint? Endpoint(string name) => Estate.Endpoints.FirstOrDefault(e => e.Name == name);

    /// <summary>An untagged InService endpoint with invocations in its last 24 hours of metrics.</summary>
    public SandboxEndpoint BusyEndpoint() => Estate.Endpoints.First(e =>
        e.Status == "InService" && !e.Tags.ContainsKey(OptIn)
        && Estate.EndpointConfigs.Single(c => c.Name == e.ConfigName).Variants.Any(v =>
            Estate.Metrics.Find(new SeriesKey("AWS/SageMaker", "Invocations", [new("EndpointName", e.Name), new("VariantName", v.Name)])) is { } series
            && series.Values.TakeLast(24).Sum(x => x ?? 0) > 0));

    /// <summary>
    /// An untagged InService endpoint without inference components whose variants are all instance-backed without managed scaling
    /// and which served traffic: what the right-size analyzer recommends on.
    /// </summary>
    public SandboxEndpoint SizableEndpoint() => Estate.Endpoints.First(e =>
        e.Status == "InService" && !e.Tags.ContainsKey(OptIn) && !Estate.InferenceComponents.Any(c => c.EndpointName == e.Name)
        && Estate.EndpointConfigs.Single(c => c.Name == e.ConfigName).Variants is { Count: > 0 } variants
        && variants.All(v => v.InstanceType is not null && v.ManagedScalingMin is null));

    /// <summary>An InService endpoint hosting inference components, with no invocations in its last 24 hours (idle).</summary>
    public SandboxEndpoint IdleEndpointWithComponents() => Estate.Endpoints.First(e =>
        e.Status == "InService" && Estate.InferenceComponents.Any(c => c.EndpointName == e.Name)
        && Estate.EndpointConfigs.Single(c => c.Name == e.ConfigName).Variants.All(v =>
            Estate.Metrics.Find(new SeriesKey("AWS/SageMaker", "Invocations", [new("EndpointName", e.Name), new("VariantName", v.Name)])) is not { } series
            || series.Values.TakeLast(24).Sum(x => x ?? 0) == 0));

    public IReadOnlyList<SandboxInferenceComponent> Components(string endpoint) =>
        Estate.InferenceComponents.Where(c => c.EndpointName == endpoint).OrderBy(c => c.Name, StringComparer.Ordinal).ToList();

    /// <summary>Adds the opt-in tag to an endpoint.</summary>
    public Task OptInAsync(string endpoint) =>
        Region.SageMakerActions.AddTagsAsync(Estate.EndpointArn(endpoint), new Dictionary<string, string> { [OptIn] = "true" });

    /// <summary>A change-instance-type recommendation as the right-size analyzer makes it (risk 2), targeting <paramref name="type"/> × <paramref name="count"/>.</summary>
    public Recommendation RightSizeRecommendation(string endpoint, string variant, string? type, int count = 1)
    {
        var recommendation = Recommend("change-instance-type", ResourceTypes.SageMakerEndpointVariant, endpoint + "/" + variant, Estate.EndpointArn(endpoint));
        var observations = new Dictionary<string, object?> { ["candidateCount"] = count };
        if (type is not null)
        {
            observations["candidateType"] = type;
        }

        return recommendation with { Finding = recommendation.Finding with { Risk = 2, Evidence = new Evidence { Observations = observations } } };
    }

    public long MutatingCalls => Server.Stats.Snapshot().MutatingCalls.Values.Sum();

    public long Calls(string operation) => Server.Stats.Snapshot().CallsOf(operation);

    /// <summary>A delete-endpoint recommendation as the idle analyzer makes it (high confidence, risk 1).</summary>
    public Recommendation DeleteRecommendation(string endpoint, int rank = 1) => Recommend(
        "delete-endpoint", ResourceTypes.SageMakerEndpoint, endpoint, Estate.EndpointArn(endpoint), rank);

    public Recommendation Recommend(string action, string type, string id, string arn, int rank = 1) => new()
    {
        Id = "rec-" + id,
        Score = 1m,
        Priority = Priority.P1,
        Rank = rank,
        Finding = new Finding
        {
            AnalyzerId = "test",
            Kind = FindingKind.Recommend,
            Resource = new ResourceRef(id, arn, type, Estate.AccountId, Estate.Region),
            Action = action,
            Summary = "idle",
            Savings = new MonthlySavings(100m, CostBasis.ListOnDemand),
            Confidence = Confidence.High,
            Risk = 1,
        },
    };

    public async ValueTask DisposeAsync()
    {
        Clients.Dispose();
        await Server.DisposeAsync();
        _http.Dispose();
    }
}
