using Amazon.Runtime;

namespace Advisor.Aws.Credentials;

/// <summary>
/// Supplies the credentials to sign one request with. Called before every request, so refreshing
/// credentials (assumed roles, IRSA, SSO, instance profiles) are always current.
/// </summary>
public interface ICredentialSource
{
    /// <summary>The credentials to sign the next request with.</summary>
    ValueTask<ImmutableCredentials> GetCredentialsAsync(CancellationToken cancellationToken);
}
