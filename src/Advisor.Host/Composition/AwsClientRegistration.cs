using Advisor.Aws;
using Advisor.Aws.Credentials;
using Advisor.Aws.Protocol;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Advisor.Host.Composition;

/// <summary>Registers the signed AWS clients for one target (region, optional endpoint URL, credentials) with retry settings from <c>Aws:Retry</c>.</summary>
internal static class AwsClientRegistration
{
    public static void Add(IServiceCollection services, IConfiguration configuration, AwsTarget target)
    {
        var retry = configuration.GetSection("Aws:Retry").Get<AwsRetryOptions>() ?? new AwsRetryOptions();
        services.AddSingleton<ICredentialSource>(target.Credentials);
        services.AddAwsClients(o =>
        {
            o.Region = target.Region;
            o.EndpointUrl = target.EndpointUrl;
            o.Retry = retry;
        });
    }
}
