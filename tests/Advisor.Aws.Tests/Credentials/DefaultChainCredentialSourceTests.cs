using Advisor.Aws.Credentials;
using Advisor.Aws.Tests.Support;

namespace Advisor.Aws.Tests.Credentials;

public sealed class DefaultChainCredentialSourceTests
{
    private static readonly string[] Variables = ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"];

    [Fact]
    public async Task Resolves_Environment_Credentials_Through_The_Sdk_Chain()
    {
        var saved = Variables.ToDictionary(v => v, Environment.GetEnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "AKIDFROMENVIRONMENT");
            Environment.SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "secret-from-environment");
            Environment.SetEnvironmentVariable("AWS_SESSION_TOKEN", "token-from-environment");
            var logger = new ListLogger<DefaultChainCredentialSource>();
            var source = new DefaultChainCredentialSource(logger);

            var credentials = await source.GetCredentialsAsync(CancellationToken.None);

            Assert.Equal("AKIDFROMENVIRONMENT", credentials.AccessKey);
            Assert.Equal("secret-from-environment", credentials.SecretKey);
            Assert.Equal("token-from-environment", credentials.Token);
            Assert.True(credentials.UseToken);
            Assert.All(logger.Entries, e => Assert.DoesNotContain("secret-from-environment", e.Message, StringComparison.Ordinal));
        }
        finally
        {
            foreach (var (name, value) in saved)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }
    }
}
