using Advisor.Analyzers.Registration;
using Advisor.Aws.CloudWatch;
using Advisor.Aws.Collection;
using Advisor.Aws.Collection.Costs;
using Advisor.Aws.Collection.Prices;
using Advisor.Aws.SageMaker;
using Advisor.Core.Analysis.Prioritization;
using Advisor.Core.Pricing;
using Advisor.Host.Cycle;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Advisor.Host.Composition;

/// <summary>The composition root for one cycle: options (validated at start), analyzers, clients, collectors and the cycle.</summary>
public static class AdvisorServices
{
    /// <summary>Builds the container and validates every option; a bad value throws <see cref="OptionsValidationException"/> naming the key.</summary>
    /// <param name="asOf">The clock collection windows are computed from (the demo pins it to the estate's now); signing and retries always use the system clock.</param>
    /// <param name="extend">Extra registrations (the daemon adds its AWS request counter to the clients' HttpClient).</param>
    public static ServiceProvider Build(
        IConfiguration configuration, AwsTarget target, ILoggerFactory loggerFactory, TimeProvider asOf, Action<IServiceCollection>? extend = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(loggerFactory);
        services.AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        services.AddSingleton(TimeProvider.System);

        services.AddOptions<CollectionOptions>().Bind(configuration.GetSection(CollectionOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<CollectionOptions>>().Value);
        services.AddOptions<PrioritizerOptions>().Bind(configuration.GetSection(PrioritizerOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new Prioritizer(sp.GetRequiredService<IOptions<PrioritizerOptions>>().Value));

        services.AddAdvisorAnalyzers(configuration);
        services.AddSingleton<IPriceBook>(BundledPriceBook.Default);

        AwsClientRegistration.Add(services, configuration, target);

        services.AddSingleton<EndpointInventoryCollector>();
        services.AddSingleton<MetricsCollector>();
        services.AddSingleton(sp => new ScopeCollector(
            sp.GetRequiredService<ScopeInventoryCollector>(),
            sp.GetRequiredService<MetricsCollector>(),
            sp.GetRequiredService<CostCollector>(),
            sp.GetRequiredService<PriceListCollector>(),
            sp.GetRequiredService<CollectionOptions>(),
            asOf,
            sp.GetRequiredService<ILogger<ScopeCollector>>()));
        services.AddSingleton<AdvisorCycle>();
        extend?.Invoke(services);

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        provider.GetRequiredService<IStartupValidator>().Validate();
        _ = provider.GetRequiredService<ISageMakerApi>();
        _ = provider.GetRequiredService<ICloudWatchApi>();
        return provider;
    }
}
