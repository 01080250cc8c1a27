using Advisor.Aws;
using Advisor.Aws.Collection;
using Advisor.Aws.Collection.Costs;
using Advisor.Aws.Collection.Ec2;
using Advisor.Aws.Collection.Prices;
using Advisor.Aws.Collection.SageMaker;
using Advisor.Aws.Credentials;
using Advisor.Aws.Ec2;
using Advisor.Aws.Protocol;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Advisor.Host.Composition;

/// <summary>
/// Registers the AWS clients for one target (region, optional endpoint URL, credentials) with retry settings from <c>Aws:Retry</c>,
/// and every source collector with its options.
/// </summary>
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
        services.AddSingleton<IEc2Api>(sp => sp.GetRequiredService<AwsClientFactory>()
            .CreateEc2(target.Region, sp.GetRequiredService<IOptions<AwsClientOptions>>().Value.EndpointUrl));

        // Why: a sandbox's estate lives only as long as the process; caching its costs or prices on disk would serve one
        // demo's figures to the next. Real accounts get the file caches (Cost Explorer bills every request).
        if (target.EphemeralCaches)
        {
            services.AddSingleton<ICostCache, InMemoryCostCache>();
            services.AddSingleton(sp => new PriceCache(null, sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<PriceCache>>()));
        }

        services.AddCostAndPriceCollection(
            costs => configuration.GetSection("Collection:Costs").Bind(costs),
            prices => configuration.GetSection("Collection:Prices").Bind(prices));
        services.AddOptions<SageMakerResourceOptions>().Bind(configuration.GetSection(SageMakerResourceOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<SageMakerResourceOptions>>().Value);
        services.AddSingleton<ITrainingJobCache, InMemoryTrainingJobCache>();
        services.AddSingleton<InferenceComponentCollector>();
        services.AddSingleton<ModelCollector>();
        services.AddSingleton<TrainingJobCollector>();
        services.AddSingleton<NotebookInstanceCollector>();
        services.AddSingleton<StudioAppCollector>();
        services.AddSingleton<Ec2Collector>();
        services.AddSingleton<AgentMetricsCollector>();
        services.AddSingleton(sp => sp.GetRequiredService<AwsClientFactory>().CreateApplicationAutoScaling(
            target.Region, sp.GetRequiredService<IOptions<AwsClientOptions>>().Value.EndpointUrl));
        services.AddSingleton<AutoScalingCollector>();
        services.AddSingleton<ScopeInventoryCollector>();
    }
}
