using Amazon.Runtime;

namespace Advisor.Aws.Credentials;

/// <summary>Fixed credentials (tests and the sandbox). The secret key and session token are never exposed by <see cref="ToString"/>.</summary>
public sealed class StaticCredentialSource : ICredentialSource
{
    private readonly ImmutableCredentials _credentials;

    /// <summary>Creates the source. A null or empty session token means long-term credentials.</summary>
    public StaticCredentialSource(string accessKey, string secretKey, string? sessionToken = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accessKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(secretKey);
        _credentials = new ImmutableCredentials(accessKey, secretKey, string.IsNullOrEmpty(sessionToken) ? null : sessionToken);
    }

    public ValueTask<ImmutableCredentials> GetCredentialsAsync(CancellationToken cancellationToken) => ValueTask.FromResult(_credentials);

    public override string ToString() => $"StaticCredentialSource({_credentials.AccessKey})";
}
