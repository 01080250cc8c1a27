using Advisor.Analyzers.Ec2.GpuIdle;
using Advisor.Analyzers.Ec2.GpuRightsize;
using Advisor.Analyzers.SageMaker.EndpointIdle;
using Advisor.Analyzers.SageMaker.EndpointRightsize;
using Advisor.Analyzers.SageMaker.NotebookIdle;
using Advisor.Analyzers.SageMaker.TrainingSpot;
using Advisor.Core.Analysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Advisor.Analyzers.Registration;

/// <summary>
/// Explicit analyzer registration (no assembly scanning): options bound from their section and validated at start,
/// the analyzer as a singleton <see cref="IAnalyzer"/>, and the <see cref="AnalyzerRegistry"/> over all of them.
/// </summary>
public static class AnalyzerServiceCollectionExtensions
{
    /// <summary>
    /// Registers every analyzer of the product, one line each, plus the registry. Call
    /// <c>provider.GetRequiredService&lt;IStartupValidator&gt;().Validate()</c> (or use a generic host) to fail fast on bad options.
    /// </summary>
    public static IServiceCollection AddAdvisorAnalyzers(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddAnalyzer<SageMakerEndpointIdleAnalyzer, SageMakerEndpointIdleOptions, SageMakerEndpointIdleOptionsValidator>(
            configuration, SageMakerEndpointIdleOptions.SectionName);

        services.AddAnalyzer<SageMakerTrainingSpotAnalyzer, SageMakerTrainingSpotOptions, SageMakerTrainingSpotOptionsValidator>(
            configuration, SageMakerTrainingSpotOptions.SectionName);
        services.AddAnalyzer<SageMakerNotebookIdleAnalyzer, SageMakerNotebookIdleOptions, SageMakerNotebookIdleOptionsValidator>(
            configuration, SageMakerNotebookIdleOptions.SectionName);

        services.AddAnalyzer<Ec2GpuIdleAnalyzer, Ec2GpuIdleOptions, Ec2GpuIdleOptionsValidator>(configuration, Ec2GpuIdleOptions.SectionName);
        services.AddAnalyzer<Ec2GpuRightsizeAnalyzer, Ec2GpuRightsizeOptions, Ec2GpuRightsizeOptionsValidator>(configuration, Ec2GpuRightsizeOptions.SectionName);
        services.AddAnalyzer<SageMaker.SavingsPlan.SageMakerSavingsPlanAnalyzer, SageMaker.SavingsPlan.SageMakerSavingsPlanOptions, SageMaker.SavingsPlan.SageMakerSavingsPlanOptionsValidator>(configuration, SageMaker.SavingsPlan.SageMakerSavingsPlanOptions.SectionName);
        services.AddAnalyzer<SageMakerEndpointRightsizeAnalyzer, SageMakerEndpointRightsizeOptions, SageMakerEndpointRightsizeOptionsValidator>(
            configuration, SageMakerEndpointRightsizeOptions.SectionName);
        services.AddAnalyzer<SageMaker.ElasticInference.SageMakerElasticInferenceAnalyzer, SageMaker.ElasticInference.SageMakerElasticInferenceOptions, SageMaker.ElasticInference.SageMakerElasticInferenceOptionsValidator>(configuration, SageMaker.ElasticInference.SageMakerElasticInferenceOptions.SectionName);
        services.AddAnalyzer<Ml.PreviousGeneration.MlPreviousGenerationAnalyzer, Ml.PreviousGeneration.MlPreviousGenerationOptions, Ml.PreviousGeneration.MlPreviousGenerationOptionsValidator>(configuration, Ml.PreviousGeneration.MlPreviousGenerationOptions.SectionName);
        services.AddAnalyzer<SageMaker.EndpointConsolidation.SageMakerEndpointConsolidationAnalyzer, SageMaker.EndpointConsolidation.SageMakerEndpointConsolidationOptions, SageMaker.EndpointConsolidation.SageMakerEndpointConsolidationOptionsValidator>(configuration, SageMaker.EndpointConsolidation.SageMakerEndpointConsolidationOptions.SectionName);
        services.AddAnalyzer<SageMaker.EndpointAutoscaling.SageMakerEndpointAutoscalingAnalyzer, SageMaker.EndpointAutoscaling.SageMakerEndpointAutoscalingOptions, SageMaker.EndpointAutoscaling.SageMakerEndpointAutoscalingOptionsValidator>(configuration, SageMaker.EndpointAutoscaling.SageMakerEndpointAutoscalingOptions.SectionName);
        services.TryAddSingleton<AnalyzerRegistry>();
        return services;
    }

    /// <summary>
    /// Registers one analyzer: binds <typeparamref name="TOptions"/> from <paramref name="sectionName"/>, validates its
    /// DataAnnotations and every registered <see cref="IValidateOptions{TOptions}"/> at start, and adds the analyzer as a
    /// singleton <see cref="IAnalyzer"/> (once, however often this is called).
    /// </summary>
    public static IServiceCollection AddAnalyzer<TAnalyzer, TOptions>(
        this IServiceCollection services, IConfiguration configuration, string sectionName)
        where TAnalyzer : class, IAnalyzer
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(sectionName);

        services.AddOptions<TOptions>()
            .Bind(configuration.GetSection(sectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAnalyzer, TAnalyzer>());
        AnalyzerOptionsBinding.Record<TAnalyzer, TOptions>(services, sectionName);
        return services;
    }

    /// <summary>As <see cref="AddAnalyzer{TAnalyzer, TOptions}"/>, also registering the cross-field validator <typeparamref name="TValidator"/>.</summary>
    public static IServiceCollection AddAnalyzer<TAnalyzer, TOptions, TValidator>(
        this IServiceCollection services, IConfiguration configuration, string sectionName)
        where TAnalyzer : class, IAnalyzer
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddAnalyzer<TAnalyzer, TOptions>(configuration, sectionName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
        return services;
    }
}
