using Microsoft.Extensions.DependencyInjection;

namespace Advisor.Analyzers.Registration;

/// <summary>
/// Which options type an analyzer binds and from which section, recorded by
/// <see cref="AnalyzerServiceCollectionExtensions.AddAnalyzer{TAnalyzer, TOptions}"/> so the catalogue and the conformance
/// test can reflect over every analyzer's options without a hand-kept list. Resolve all of them with
/// <c>provider.GetServices&lt;AnalyzerOptionsBinding&gt;()</c>.
/// </summary>
/// <param name="AnalyzerType">The analyzer class, e.g. <c>SageMakerEndpointIdleAnalyzer</c>.</param>
/// <param name="OptionsType">Its options class, e.g. <c>SageMakerEndpointIdleOptions</c>.</param>
/// <param name="SectionName">The configuration section the options bind from, e.g. <c>Analyzers:SageMakerEndpointIdle</c>.</param>
public sealed record AnalyzerOptionsBinding(Type AnalyzerType, Type OptionsType, string SectionName)
{
    /// <summary>Records the binding of <typeparamref name="TAnalyzer"/> once, however often the analyzer is added.</summary>
    internal static void Record<TAnalyzer, TOptions>(IServiceCollection services, string sectionName)
    {
        var recorded = services.Any(d => d.ServiceType == typeof(AnalyzerOptionsBinding)
            && d.ImplementationInstance is AnalyzerOptionsBinding binding
            && binding.AnalyzerType == typeof(TAnalyzer));
        if (!recorded)
        {
            services.AddSingleton(new AnalyzerOptionsBinding(typeof(TAnalyzer), typeof(TOptions), sectionName));
        }
    }
}
