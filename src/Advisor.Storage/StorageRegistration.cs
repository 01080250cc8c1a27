using Advisor.Storage.Audit;
using Advisor.Storage.Journal;
using Advisor.Storage.Recommendations;
using Advisor.Storage.Reports;
using Advisor.Storage.Runs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Advisor.Storage;

/// <summary>Registers the store: <see cref="StorageOptions"/> (section <c>Storage</c>, validated at start), <see cref="IAdvisorStore"/> and its parts.</summary>
public static class StorageRegistration
{
    /// <summary>
    /// Binds and validates <see cref="StorageOptions"/>, and registers <see cref="IAdvisorStore"/> (singleton) plus
    /// <see cref="IRecommendationStore"/>, <see cref="IRunStore"/>, <see cref="IReportArchive"/>, <see cref="IAuditLog"/>, <see cref="IActionJournal"/>.
    /// The host calls <see cref="IAdvisorStore.MigrateAsync"/> once at start.
    /// </summary>
    public static IServiceCollection AddAdvisorStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IAdvisorStore>(sp => AdvisorStore.Open(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILoggerFactory>()));
        services.TryAddSingleton(sp => sp.GetRequiredService<IAdvisorStore>().Recommendations);
        services.TryAddSingleton(sp => sp.GetRequiredService<IAdvisorStore>().Runs);
        services.TryAddSingleton(sp => sp.GetRequiredService<IAdvisorStore>().Reports);
        services.TryAddSingleton(sp => sp.GetRequiredService<IAdvisorStore>().Audit);
        services.TryAddSingleton(sp => sp.GetRequiredService<IAdvisorStore>().Journal);
        return services;
    }
}
