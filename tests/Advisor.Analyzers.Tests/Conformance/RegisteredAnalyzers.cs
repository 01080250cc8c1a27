using Advisor.Analyzers.Registration;
using Advisor.Core.Analysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Advisor.Analyzers.Tests.Conformance;

/// <summary>
/// The real registry, built exactly as the product builds it (<c>AddAdvisorAnalyzers</c>) over an empty configuration,
/// so every analyzer runs on its defaults. Shared by the conformance tests; the theories enumerate its ids.
/// </summary>
internal static class RegisteredAnalyzers
{
    private static readonly Lazy<ServiceProvider> Instance = new(() =>
        new ServiceCollection().AddAdvisorAnalyzers(new ConfigurationBuilder().Build()).BuildServiceProvider());

    public static IServiceProvider Provider => Instance.Value;

    public static AnalyzerRegistry Registry => Provider.GetRequiredService<AnalyzerRegistry>();

    public static IReadOnlyList<AnalyzerOptionsBinding> Bindings => [.. Provider.GetServices<AnalyzerOptionsBinding>()];

    public static TheoryData<string> Ids
    {
        get
        {
            var ids = new TheoryData<string>();
            foreach (var analyzer in Registry.All)
            {
                ids.Add(analyzer.Descriptor.Id);
            }

            return ids;
        }
    }

    public static IAnalyzer Get(string id) =>
        Registry.Find(id) ?? throw new InvalidOperationException($"Analyzer '{id}' is not registered.");

    public static AnalyzerOptionsBinding BindingOf(string id)
    {
        var analyzerType = Get(id).GetType();
        return Bindings.SingleOrDefault(b => b.AnalyzerType == analyzerType)
            ?? throw new InvalidOperationException(
                $"Analyzer '{id}' ({analyzerType.Name}) was not registered with AddAnalyzer, so its options type is unknown.");
    }
}
