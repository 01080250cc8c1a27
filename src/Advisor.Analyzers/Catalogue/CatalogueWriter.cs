using System.Text;
using Advisor.Analyzers.Registration;
using Advisor.Core.Analysis;
using Microsoft.Extensions.DependencyInjection;

namespace Advisor.Analyzers.Catalogue;

/// <summary>
/// The generated catalogue <c>recommendations/</c>: one page per registered analyzer (<c>&lt;id&gt;.md</c>, from its
/// <see cref="AnalyzerDescriptor"/> and the defaults and documentation of its options type) plus <c>README.md</c> as the
/// index. Rendering is pure and deterministic (<c>\n</c> line ends, UTF-8 without BOM), so a checked-in page can be
/// compared byte for byte with what the code says now.
/// </summary>
public static class CatalogueWriter
{
    /// <summary>The command that regenerates the catalogue.</summary>
    public const string RegenerateCommand = "dotnet run --project src/Advisor.Host -- catalogue";

    /// <summary>The first line of every generated file (an HTML comment, so it does not show when rendered).</summary>
    public const string Banner = "<!-- Generated - do not edit; run `" + RegenerateCommand + "` -->";

    /// <summary>The index file name.</summary>
    public const string IndexFileName = "README.md";

    /// <summary>The encoding of every generated file.</summary>
    public static Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The page file name of an analyzer id, e.g. <c>sagemaker-endpoint-idle.md</c>.</summary>
    public static string PageFileName(string analyzerId) => analyzerId + ".md";

    /// <summary>One analyzer's page from its descriptor, the section its options bind from, and those options.</summary>
    public static string Render(AnalyzerDescriptor descriptor, string optionsSection, IReadOnlyList<OptionDoc> options)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentException.ThrowIfNullOrWhiteSpace(optionsSection);
        ArgumentNullException.ThrowIfNull(options);
        return PageRenderer.Render(descriptor, optionsSection, options);
    }

    /// <summary>One analyzer's page, reflecting over the options type recorded at its registration.</summary>
    public static string Render(AnalyzerDescriptor descriptor, AnalyzerOptionsBinding binding)
    {
        ArgumentNullException.ThrowIfNull(binding);
        return Render(descriptor, binding.SectionName, OptionsDescriber.Describe(binding.OptionsType));
    }

    /// <summary><c>README.md</c>: one row per analyzer (id, title, resource type, link), ordered by id.</summary>
    public static string RenderIndex(IEnumerable<AnalyzerDescriptor> descriptors)
    {
        ArgumentNullException.ThrowIfNull(descriptors);
        return IndexRenderer.Render(descriptors);
    }

    /// <summary>
    /// Every page of the catalogue, ordered by id, then the index. Throws when an analyzer has no
    /// <see cref="AnalyzerOptionsBinding"/> (it was not registered with <c>AddAnalyzer</c>).
    /// </summary>
    public static IReadOnlyList<CataloguePage> RenderAll(AnalyzerRegistry registry, IEnumerable<AnalyzerOptionsBinding> bindings)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(bindings);
        var byAnalyzer = bindings.ToDictionary(b => b.AnalyzerType);
        var descriptors = registry.All.Select(a => a.Descriptor).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var pages = new List<CataloguePage>(descriptors.Count + 1);
        foreach (var descriptor in descriptors)
        {
            var analyzerType = registry.Find(descriptor.Id)!.GetType();
            if (!byAnalyzer.TryGetValue(analyzerType, out var binding))
            {
                throw new InvalidOperationException(
                    $"Analyzer '{descriptor.Id}' ({analyzerType.Name}) has no options registration; register it with "
                    + "AddAnalyzer<TAnalyzer, TOptions, TValidator>(...) in AddAdvisorAnalyzers.");
            }

            pages.Add(new CataloguePage(PageFileName(descriptor.Id), Render(descriptor, binding)));
        }

        pages.Add(new CataloguePage(IndexFileName, RenderIndex(descriptors)));
        return pages;
    }

    /// <summary>As <see cref="RenderAll(AnalyzerRegistry, IEnumerable{AnalyzerOptionsBinding})"/>, from a built provider.</summary>
    public static IReadOnlyList<CataloguePage> RenderAll(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return RenderAll(services.GetRequiredService<AnalyzerRegistry>(), services.GetServices<AnalyzerOptionsBinding>());
    }

    /// <summary>
    /// Writes every page and the index into <paramref name="directory"/> (created if missing) and deletes generated pages
    /// (those starting with <see cref="Banner"/>) of analyzers no longer registered. Returns the full paths written,
    /// pages by id then the index.
    /// </summary>
    public static IReadOnlyList<string> WriteAll(
        string directory, AnalyzerRegistry registry, IEnumerable<AnalyzerOptionsBinding> bindings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var pages = RenderAll(registry, bindings);
        Directory.CreateDirectory(directory);
        var written = new List<string>(pages.Count);
        foreach (var page in pages)
        {
            var path = Path.GetFullPath(Path.Combine(directory, page.FileName));
            File.WriteAllBytes(path, Encoding.GetBytes(page.Content));
            written.Add(path);
        }

        var current = pages.Select(p => p.FileName).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in Directory.EnumerateFiles(directory, "*.md"))
        {
            if (!current.Contains(Path.GetFileName(stale)) && IsGenerated(stale))
            {
                File.Delete(stale);
            }
        }

        return written;
    }

    /// <summary>As <see cref="WriteAll(string, AnalyzerRegistry, IEnumerable{AnalyzerOptionsBinding})"/>, from a built provider.</summary>
    public static IReadOnlyList<string> WriteAll(string directory, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return WriteAll(directory, services.GetRequiredService<AnalyzerRegistry>(), services.GetServices<AnalyzerOptionsBinding>());
    }

    private static bool IsGenerated(string path)
    {
        using var reader = new StreamReader(path, Encoding);
        return string.Equals(reader.ReadLine(), Banner, StringComparison.Ordinal);
    }
}
