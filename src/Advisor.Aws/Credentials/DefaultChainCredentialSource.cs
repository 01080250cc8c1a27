using Amazon.Runtime;
using Amazon.Runtime.Credentials;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Advisor.Aws.Credentials;

/// <summary>
/// The AWSSDK.Core default credential chain: environment, web identity (IRSA), profile (incl. SSO and
/// credential_process), container credentials, then EC2 instance metadata. Resolved lazily on first use;
/// the resolved <see cref="AWSCredentials"/> is asked for fresh values before every request, so it refreshes itself.
/// A failed resolution is not cached: the next request tries the chain again.
/// </summary>
public sealed class DefaultChainCredentialSource(ILogger<DefaultChainCredentialSource>? logger = null) : ICredentialSource
{
    private readonly ILogger _logger = logger ?? NullLogger<DefaultChainCredentialSource>.Instance;
    private Task<AWSCredentials>? _resolving;

    public async ValueTask<ImmutableCredentials> GetCredentialsAsync(CancellationToken cancellationToken)
    {
        var resolving = Volatile.Read(ref _resolving);
        if (resolving is null)
        {
            var started = ResolveAsync();
            resolving = Interlocked.CompareExchange(ref _resolving, started, null) ?? started;
        }

        AWSCredentials credentials;
        try
        {
            credentials = await resolving.WaitAsync(cancellationToken);
        }
        catch (Exception) when (resolving.IsFaulted)
        {
            // Why: no provider in the chain answered (no env, no profile, no IMDS); forget the failure so a later call can succeed.
            _ = Interlocked.CompareExchange(ref _resolving, null, resolving);
            throw;
        }

        return await credentials.GetCredentialsAsync().WaitAsync(cancellationToken);
    }

    private async Task<AWSCredentials> ResolveAsync()
    {
        var credentials = await DefaultAWSCredentialsIdentityResolver.GetCredentialsAsync();

        // Why: name only the provider type; credentials themselves never reach a log.
        if (_logger.IsEnabled(LogLevel.Information))
        {
            _logger.LogInformation("Resolved AWS credentials from {CredentialProvider}", credentials.GetType().Name);
        }

        return credentials;
    }
}
