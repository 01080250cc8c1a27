using Advisor.Aws.Credentials;
using Advisor.Aws.Errors;
using Amazon.Runtime;
using Amazon.SecurityToken;
using Amazon.SecurityToken.Model;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Advisor.Aws.Accounts;

/// <summary>What to assume: the role ARN, the session name, an optional ExternalId and the session length.</summary>
public sealed record AssumeRoleTarget(string RoleArn, string SessionName, string? ExternalId = null, TimeSpan? Duration = null)
{
    /// <summary>The role ARN of a role name in an account: <c>arn:aws:iam::&lt;account&gt;:role/&lt;name&gt;</c>.</summary>
    public static string RoleArnFor(string accountId, string roleName) => $"arn:aws:iam::{accountId}:role/{roleName}";

    /// <summary>Never prints the ExternalId.</summary>
    public override string ToString() => $"AssumeRoleTarget({RoleArn}, {SessionName})";
}

/// <summary>
/// Credentials of an assumed role: AssumeRole (from the base credentials) on first use, then again shortly before the
/// session expires (by the <see cref="TimeProvider"/>). Concurrent callers share one refresh.
/// </summary>
public sealed class AssumeRoleCredentialSource : ICredentialSource, IDisposable
{
    /// <summary>Why: refresh 5 minutes early so that a request signed now is not rejected for an expired token mid-flight.</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    /// <summary>Why: one hour is STS's default and every role allows it (longer needs the role's MaxSessionDuration raised).</summary>
    private static readonly TimeSpan DefaultDuration = TimeSpan.FromHours(1);

    private readonly AmazonSecurityTokenServiceClient _sts;
    private readonly AssumeRoleTarget _target;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private (ImmutableCredentials Credentials, DateTimeOffset Expiration)? _current;

    public AssumeRoleCredentialSource(
        ICredentialSource baseCredentials, AssumeRoleTarget target, StsEndpoint sts, TimeProvider clock, ILogger<AssumeRoleCredentialSource>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(baseCredentials);
        ArgumentNullException.ThrowIfNull(sts);
        _target = target ?? throw new ArgumentNullException(nameof(target));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _logger = logger ?? NullLogger<AssumeRoleCredentialSource>.Instance;
        _sts = sts.CreateClient(baseCredentials);
    }

    /// <summary>When the current session expires (null before the first AssumeRole).</summary>
    public DateTimeOffset? Expiration => _current?.Expiration;

    public async ValueTask<ImmutableCredentials> GetCredentialsAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } credentials)
        {
            return credentials;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            return Fresh() ?? await AssumeAsync(cancellationToken);
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose()
    {
        _sts.Dispose();
        _refresh.Dispose();
    }

    private ImmutableCredentials? Fresh() =>
        _current is { } current && _clock.GetUtcNow() < current.Expiration - RefreshMargin ? current.Credentials : null;

    private async Task<ImmutableCredentials> AssumeAsync(CancellationToken cancellationToken)
    {
        var request = new AssumeRoleRequest
        {
            RoleArn = _target.RoleArn,
            RoleSessionName = _target.SessionName,
            ExternalId = _target.ExternalId,
            DurationSeconds = (int)(_target.Duration ?? DefaultDuration).TotalSeconds,
        };
        AssumeRoleResponse response;
        try
        {
            response = await _sts.AssumeRoleAsync(request, cancellationToken);
        }
        catch (AmazonServiceException ex)
        {
            throw SdkErrorTranslator.Translate(ex, "STS", "AssumeRole");
        }

        var issued = response.Credentials ?? throw new InvalidOperationException($"STS AssumeRole for {_target.RoleArn} answered without credentials.");
        var expiration = Ec2.Ec2Mapper.Utc(issued.Expiration) ?? _clock.GetUtcNow() + (_target.Duration ?? DefaultDuration);
        var credentials = new ImmutableCredentials(issued.AccessKeyId, issued.SecretAccessKey, issued.SessionToken);
        _current = (credentials, expiration);
        if (_logger.IsEnabled(LogLevel.Information))
        {
            _logger.LogInformation("Assumed {RoleArn} until {Expiration}", _target.RoleArn, expiration);
        }

        return credentials;
    }
}
