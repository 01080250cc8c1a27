using Advisor.Remediation.Execution;
using Advisor.Remediation.Kinds;
using Advisor.Remediation.Planning;
using Advisor.Remediation.Policy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Advisor.Remediation;

/// <summary>DI registration of remediation. The host registers <see cref="Storage.IAdvisorStore"/>, <see cref="IRemediationClients"/> and TimeProvider.</summary>
public static class RemediationServiceCollectionExtensions
{
    /// <summary>Binds and validates (at start) section <c>Remediation</c>; registers the kinds, planner, executor, reconciler, decisions and the realised-savings check.</summary>
    public static IServiceCollection AddRemediation(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<RemediationOptions>().Bind(configuration.GetSection(RemediationOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RemediationOptions>, RemediationOptionsValidator>());
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<RemediationOptions>>().Value);
        services.TryAddSingleton(sp => ActionKinds.Create(sp.GetRequiredService<RemediationOptions>(), sp.GetService<TimeProvider>() ?? TimeProvider.System));
        services.TryAddSingleton<RemediationPlanner>();
        services.TryAddSingleton<RemediationExecutor>();
        services.TryAddSingleton<RemediationReconciler>();
        services.TryAddSingleton<ActionDecisions>();
        services.TryAddSingleton<Verification.UsageTypeResolver>();
        services.TryAddSingleton<Verification.RealisedSavingsVerifier>();
        services.TryAddSingleton<Verification.RealisedSavingsCheck>();
        return services;
    }
}
