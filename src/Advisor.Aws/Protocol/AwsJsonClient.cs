using System.Net.Http.Headers;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using Advisor.Aws.Credentials;
using Advisor.Aws.Errors;
using Advisor.Aws.Signing;
using Microsoft.Extensions.Logging;

namespace Advisor.Aws.Protocol;

/// <summary>
/// Calls one operation of an AWS JSON-protocol service (awsJson1_0 / awsJson1_1): POST <c>/</c> with
/// <c>X-Amz-Target: {prefix}.{operation}</c>, signs it with SigV4, retries in AWS standard mode and turns
/// failures into typed <see cref="AwsServiceException"/>s. Network failures that outlast the retries are rethrown as they are.
/// </summary>
public sealed class AwsJsonClient
{
    private readonly HttpClient _http;
    private readonly ICredentialSource _credentials;
    private readonly AwsRetryOptions _retry;
    private readonly TimeProvider _time;
    private readonly ILogger<AwsJsonClient> _logger;
    private readonly SigV4RequestSigner _signer;
    private readonly RetryTokenBucket _bucket;
    private readonly ThrottlePause _pause;

    public AwsJsonClient(
        AwsServiceEndpoint endpoint,
        HttpClient httpClient,
        ICredentialSource credentials,
        AwsRetryOptions? retryOptions,
        TimeProvider timeProvider,
        ILogger<AwsJsonClient> logger)
    {
        Endpoint = endpoint ?? throw new ArgumentNullException(nameof(endpoint));
        _http = httpClient ?? throw new ArgumentNullException(nameof(httpClient));
        _credentials = credentials ?? throw new ArgumentNullException(nameof(credentials));
        _retry = retryOptions ?? new AwsRetryOptions();
        _retry.Validate();
        _time = timeProvider ?? throw new ArgumentNullException(nameof(timeProvider));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _signer = new SigV4RequestSigner(_time);
        _bucket = new RetryTokenBucket(_retry.TokenBucketCapacity);
        _pause = new ThrottlePause(_time);
    }

    /// <summary>The service this client calls.</summary>
    public AwsServiceEndpoint Endpoint { get; }

    /// <summary>Uniform [0, 1) source of backoff jitter; tests pin it.</summary>
    internal Func<double> Jitter { get; init; } = Random.Shared.NextDouble;

    /// <summary>Retry tokens left (for tests and diagnostics).</summary>
    internal int RetryTokensAvailable => _bucket.Available;

    /// <summary>Sends <paramref name="request"/> as the input of <paramref name="operation"/> and reads the output.</summary>
    public async Task<TResponse> InvokeAsync<TRequest, TResponse>(string operation, TRequest request, CancellationToken cancellationToken = default)
        where TResponse : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(operation);
        var body = JsonSerializer.SerializeToUtf8Bytes(request, AwsJson.Options);
        var lastRetryCost = 0;
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_retry.Mode == AwsRetryMode.Adaptive)
            {
                await _pause.WaitAsync(cancellationToken);
            }

            var outcome = await AttemptAsync(operation, body, cancellationToken);
            if (outcome.Body is not null)
            {
                _bucket.OnSuccess(lastRetryCost);
                return Deserialize<TResponse>(operation, outcome.Body, outcome.RequestId);
            }

            var adaptiveThrottle = _retry.Mode == AwsRetryMode.Adaptive && outcome.IsThrottling;
            var cost = adaptiveThrottle ? 0 : outcome.IsTimeout ? RetryTokenBucket.TimeoutRetryCost : RetryTokenBucket.RetryCost;
            var maxAttempts = adaptiveThrottle ? _retry.MaxThrottleAttempts : _retry.MaxAttempts;
            if (!outcome.Retryable || attempt >= maxAttempts || (cost > 0 && !_bucket.TryAcquire(cost)))
            {
                if (outcome.NetworkError is not null)
                {
                    ExceptionDispatchInfo.Throw(outcome.NetworkError);
                }

                throw AwsErrorClassifier.ToException(outcome.Error!);
            }

            lastRetryCost = cost;
            var delay = RetryBackoff.Delay(attempt, Jitter(), _retry.BaseDelay, _retry.MaxBackoff);
            _logger.LogWarning(
                "{Service} {Operation} failed with {ErrorCode} on attempt {Attempt}; retrying in {Delay}",
                Endpoint.ServiceName, operation, outcome.ErrorCode, attempt, delay);
            if (adaptiveThrottle)
            {
                // Why: every caller of this client waits out the same pause, so a burst of parallel describes backs off together.
                _pause.Extend(delay);
                continue;
            }

            await Task.Delay(delay, _time, cancellationToken);
        }
    }

    private async Task<AttemptOutcome> AttemptAsync(string operation, byte[] body, CancellationToken cancellationToken)
    {
        try
        {
            using var message = await BuildSignedRequestAsync(operation, body, cancellationToken);
            using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var responseBody = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return AttemptOutcome.Success(responseBody, AwsErrorParser.RequestId(response));
            }

            var error = AwsErrorParser.Parse(Endpoint, operation, response, responseBody);
            return AttemptOutcome.Failure(error);
        }
        catch (Exception ex) when (IsTransientNetworkError(ex, cancellationToken))
        {
            return AttemptOutcome.Network(ex);
        }
    }

    private async Task<HttpRequestMessage> BuildSignedRequestAsync(string operation, byte[] body, CancellationToken cancellationToken)
    {
        var credentials = await _credentials.GetCredentialsAsync(cancellationToken);
        var message = new HttpRequestMessage(HttpMethod.Post, Endpoint.EndpointUrl)
        {
            // Why: ByteArrayContent with an exact media type, so no "; charset=utf-8" is appended after signing.
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue(Endpoint.ContentType) } },
        };
        message.Headers.TryAddWithoutValidation("X-Amz-Target", Endpoint.TargetPrefix + "." + operation);
        if (Endpoint.QueryCompatible)
        {
            // Why: botocore sends this for awsQueryCompatible services (CloudWatch); the service then adds x-amzn-query-error.
            message.Headers.TryAddWithoutValidation("x-amzn-query-mode", "true");
        }

        _signer.Sign(message, body, credentials, Endpoint.Region, Endpoint.SigningName);
        return message;
    }

    private TResponse Deserialize<TResponse>(string operation, byte[] body, string? requestId)
        where TResponse : class
    {
        try
        {
            // Why: operations without output answer 200 with an empty body; that is the empty object.
            var result = body.Length == 0 ? JsonSerializer.Deserialize<TResponse>("{}"u8, AwsJson.Options) : JsonSerializer.Deserialize<TResponse>(body, AwsJson.Options);
            return result ?? throw new JsonException("The body is JSON null.");
        }
        catch (JsonException ex)
        {
            var details = new AwsErrorDetails(
                Endpoint.ServiceName, operation, "InvalidResponse",
                $"{Endpoint.ServiceName} {operation} returned a response body that is not valid JSON for its output: {ex.Message}",
                requestId, System.Net.HttpStatusCode.OK);
            throw new AwsInvalidResponseException(details, ex);
        }
    }

    private static bool IsTransientNetworkError(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        HttpRequestException or IOException or TimeoutException => true,

        // Why: HttpClient.Timeout surfaces as TaskCanceledException while the caller's token is not cancelled.
        TaskCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };
}
