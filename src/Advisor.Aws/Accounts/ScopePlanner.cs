using Advisor.Aws.Credentials;
using Advisor.Aws.Errors;
using Advisor.Core.Snapshots;
using Amazon.Runtime;
using Amazon.SecurityToken.Model;
using Microsoft.Extensions.Logging;

namespace Advisor.Aws.Accounts;

/// <summary>One scope to collect, with the credentials that reach it.</summary>
public sealed record PlannedScope(Scope Scope, ICredentialSource Credentials);

/// <summary>
/// Turns <see cref="AccountsOptions"/> into (account, region, credentials) scopes. One assumed-role source per account,
/// shared by its regions. No targets: the caller's own account (from GetCallerIdentity) with the base credentials.
/// </summary>
public sealed class ScopePlanner(
    AccountsOptions options, string defaultRegion, ICredentialSource baseCredentials, StsEndpoint sts, TimeProvider clock, ILoggerFactory loggerFactory)
{
    /// <summary>The scopes, in configuration order. Throws an <see cref="ArgumentException"/> for invalid options.</summary>
    public async Task<IReadOnlyList<PlannedScope>> PlanAsync(CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(defaultRegion);
        options.Validate();
        var scopes = new List<PlannedScope>();
        if (options.Targets.Count == 0)
        {
            var account = await CallerAccountAsync(cancellationToken);
            scopes.AddRange(RegionsOf([]).Select(r => new PlannedScope(new Scope(account, r), baseCredentials)));
            return scopes;
        }

        foreach (var target in options.Targets)
        {
            var credentials = CredentialsFor(target);
            scopes.AddRange(RegionsOf(target.Regions).Select(r => new PlannedScope(new Scope(target.Id, r), credentials)));
        }

        var logger = loggerFactory.CreateLogger<ScopePlanner>();
        if (logger.IsEnabled(LogLevel.Information))
        {
            logger.LogInformation("Planned {ScopeCount} scopes in {AccountCount} accounts", scopes.Count, options.Targets.Count);
        }

        return scopes;
    }

    private ICredentialSource CredentialsFor(AccountTarget target)
    {
        var role = target.RoleName ?? options.RoleName;
        if (role is null)
        {
            // Why: without a role name the base credentials are used as they are (the account is the caller's own or reached by them).
            return baseCredentials;
        }

        var assume = new AssumeRoleTarget(AssumeRoleTarget.RoleArnFor(target.Id, role), options.SessionName, target.ExternalId ?? options.ExternalId);
        return new AssumeRoleCredentialSource(baseCredentials, assume, sts, clock, loggerFactory.CreateLogger<AssumeRoleCredentialSource>());
    }

    private List<string> RegionsOf(List<string> own) =>
        own.Count > 0 ? own : options.Regions.Count > 0 ? options.Regions : [defaultRegion];

    private async Task<string> CallerAccountAsync(CancellationToken cancellationToken)
    {
        using var client = sts.CreateClient(baseCredentials);
        try
        {
            var identity = await client.GetCallerIdentityAsync(new GetCallerIdentityRequest(), cancellationToken);
            return identity.Account ?? throw new InvalidOperationException("STS GetCallerIdentity answered without an account id.");
        }
        catch (AmazonServiceException ex)
        {
            throw SdkErrorTranslator.Translate(ex, "STS", "GetCallerIdentity");
        }
    }
}
