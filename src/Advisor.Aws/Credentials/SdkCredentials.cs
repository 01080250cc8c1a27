using Amazon.Runtime;

namespace Advisor.Aws.Credentials;

/// <summary>
/// Presents an <see cref="ICredentialSource"/> to the official AWS SDK clients (EC2, STS) as <see cref="AWSCredentials"/>:
/// the SDK asks before every request, so refreshing sources (assumed roles, SSO, IRSA) stay current.
/// </summary>
public sealed class SdkCredentials(ICredentialSource source) : AWSCredentials
{
    private readonly ICredentialSource _source = source ?? throw new ArgumentNullException(nameof(source));

    /// <summary>Why: the SDK still calls the synchronous overload on some paths; block only there.</summary>
    public override ImmutableCredentials GetCredentials() => _source.GetCredentialsAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();

    public override Task<ImmutableCredentials> GetCredentialsAsync() => _source.GetCredentialsAsync(CancellationToken.None).AsTask();

    public override string ToString() => $"SdkCredentials({_source.GetType().Name})";
}
