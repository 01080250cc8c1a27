using Advisor.Aws.Credentials;
using Advisor.Host.Cli;
using Advisor.Host.Composition;
using Advisor.Sandbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Advisor.Host.Daemon;

/// <summary>
/// Where the daemon's cycles look: the embedded sandbox (its estate's account and region, its URL and test credentials, the
/// analysis clock pinned to the estate's now, as in <c>demo</c>) or real AWS (regions from <c>Aws:Regions</c>, default credential chain).
/// </summary>
public sealed record CycleTargets(IReadOnlyList<ScopeTarget> Scopes, Func<string, AwsTarget> TargetForRegion, TimeProvider AnalysisClock, SandboxServer? Sandbox)
{
    public static async Task<CycleTargets> CreateAsync(bool sandbox, IConfiguration configuration, ILoggerFactory loggerFactory, CancellationToken ct)
    {
        if (sandbox)
        {
            var settings = configuration.GetSection(DaemonOptions.SectionName).Get<DaemonOptions>()?.Sandbox ?? new SandboxSettings();
            var (estate, groundTruth) = EstateSource.Build(settings.Seed, settings.Scale, estateFile: null, TimeProvider.System);
            var server = await SandboxServer.StartAsync(estate, groundTruth, new SandboxOptions(), loggerFactory, ct);
            var credentials = new StaticCredentialSource(SandboxCredentials.AccessKeyId, SandboxCredentials.SecretAccessKey);
            return new CycleTargets([new ScopeTarget(estate.AccountId, estate.Region)],
                region => new AwsTarget(region, server.BaseUrl, credentials), new FixedTimeProvider(estate.Now), server);
        }

        var regions = configuration.GetSection("Aws:Regions").Get<string[]>() ?? [];
        if (regions.Length == 0)
        {
            throw new Microsoft.Extensions.Options.OptionsValidationException("Aws:Regions", typeof(DaemonOptions),
                ["Aws:Regions must list at least one region to scan (e.g. [\"us-east-1\"])."]);
        }

        // Why optional: without Aws:Account the account is read from the resources' ARNs, as scan does.
        var account = configuration["Aws:Account"];
        var chain = new DefaultChainCredentialSource();
        return new CycleTargets([.. regions.Select(r => new ScopeTarget(string.IsNullOrWhiteSpace(account) ? null : account, r))],
            region => new AwsTarget(region, null, chain), TimeProvider.System, null);
    }
}
