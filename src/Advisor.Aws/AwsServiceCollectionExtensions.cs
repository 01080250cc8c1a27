using Advisor.Aws.CloudWatch;
using Advisor.Aws.Credentials;
using Advisor.Aws.SageMaker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Advisor.Aws;

/// <summary>Registers the typed AWS clients (<see cref="ISageMakerApi"/>, <see cref="ICloudWatchApi"/>) in a service collection.</summary>
public static class AwsServiceCollectionExtensions
{
    /// <summary>The named HttpClient the AWS clients use.</summary>
    public const string HttpClientName = "Advisor.Aws";

    /// <summary>
    /// Adds the clients for one region. Credentials come from the AWSSDK default chain unless an
    /// <see cref="ICredentialSource"/> is registered first; the clock is <see cref="TimeProvider.System"/> unless one is registered.
    /// </summary>
    public static IServiceCollection AddAwsClients(this IServiceCollection services, Action<AwsClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<AwsClientOptions>()
            .Configure(configure)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Region), "Aws:Region is required (e.g. eu-west-1).")
            .ValidateOnStart();
        services.AddHttpClient(HttpClientName);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ICredentialSource, DefaultChainCredentialSource>();
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<AwsClientOptions>>().Value;
            return new AwsClientFactory(
                sp.GetRequiredService<ICredentialSource>(),
                sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
                sp.GetRequiredService<ILoggerFactory>(),
                sp.GetRequiredService<TimeProvider>(),
                options.Retry);
        });
        services.TryAddSingleton<ISageMakerApi>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<AwsClientOptions>>().Value;
            return sp.GetRequiredService<AwsClientFactory>().CreateSageMaker(options.Region, options.EndpointUrl);
        });
        services.TryAddSingleton<ICloudWatchApi>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<AwsClientOptions>>().Value;
            return sp.GetRequiredService<AwsClientFactory>().CreateCloudWatch(options.Region, options.EndpointUrl);
        });
        return services;
    }
}
