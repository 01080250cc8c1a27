using Advisor.Analyzers.Catalogue;

namespace Advisor.Analyzers.Tests.Conformance;

/// <summary>The checked-in <c>recommendations/</c> catalogue is exactly what the registered analyzers render now.</summary>
public sealed class CatalogueConformanceTests
{
    private static readonly string Directory = RepositoryRoot.Combine("recommendations");

    public static TheoryData<string> Ids => RegisteredAnalyzers.Ids;

    [Theory]
    [MemberData(nameof(Ids))]
    public void Catalogue_Page_Exists_And_Is_Byte_Identical_To_What_The_Descriptor_Renders(string id)
    {
        var expected = CatalogueWriter.Render(RegisteredAnalyzers.Get(id).Descriptor, RegisteredAnalyzers.BindingOf(id));

        AssertCurrent(CatalogueWriter.PageFileName(id), expected);
    }

    [Fact]
    public void Index_Is_Current_And_Links_Every_Registered_Analyzer()
    {
        var descriptors = RegisteredAnalyzers.Registry.All.Select(a => a.Descriptor).ToList();

        AssertCurrent(CatalogueWriter.IndexFileName, CatalogueWriter.RenderIndex(descriptors));
        var index = File.ReadAllText(Path.Combine(Directory, CatalogueWriter.IndexFileName), CatalogueWriter.Encoding);
        Assert.All(descriptors, d => Assert.Contains($"]({CatalogueWriter.PageFileName(d.Id)})", index, StringComparison.Ordinal));
    }

    [Fact]
    public void Has_No_Generated_Page_For_An_Analyzer_That_Is_Not_Registered()
    {
        var registered = RegisteredAnalyzers.Registry.All.Select(a => CatalogueWriter.PageFileName(a.Descriptor.Id)).ToHashSet(StringComparer.Ordinal);

        var orphans = System.IO.Directory.EnumerateFiles(Directory, "*.md")
            .Select(Path.GetFileName)
            .Where(name => name != CatalogueWriter.IndexFileName && !registered.Contains(name!))
            .ToList();

        Assert.True(orphans.Count == 0, $"Pages without a registered analyzer: {string.Join(", ", orphans)}. {Regenerate}");
    }

    [Fact]
    public void The_Renderer_Used_Here_Is_The_One_That_Writes_The_Catalogue()
    {
        var pages = CatalogueWriter.RenderAll(RegisteredAnalyzers.Registry, RegisteredAnalyzers.Bindings);

        Assert.Equal(RegisteredAnalyzers.Registry.All.Count + 1, pages.Count);
        Assert.All(pages, page => AssertCurrent(page.FileName, page.Content));
    }

    private static string Regenerate => $"Regenerate the catalogue with `{CatalogueWriter.RegenerateCommand}` (from the repository root) and commit recommendations/.";

    private static void AssertCurrent(string fileName, string expected)
    {
        var path = Path.Combine(Directory, fileName);
        Assert.True(File.Exists(path), $"recommendations/{fileName} is missing. {Regenerate}");

        var actual = File.ReadAllBytes(path);
        if (actual.AsSpan().SequenceEqual(CatalogueWriter.Encoding.GetBytes(expected)))
        {
            return;
        }

        Assert.Fail($"recommendations/{fileName} is stale: {FirstDifference(CatalogueWriter.Encoding.GetString(actual), expected)} {Regenerate}");
    }

    private static string FirstDifference(string actual, string expected)
    {
        var actualLines = actual.Split('\n');
        var expectedLines = expected.Split('\n');
        for (var i = 0; i < Math.Max(actualLines.Length, expectedLines.Length); i++)
        {
            var a = i < actualLines.Length ? actualLines[i] : "(end of file)";
            var e = i < expectedLines.Length ? expectedLines[i] : "(end of file)";
            if (!string.Equals(a, e, StringComparison.Ordinal))
            {
                return $"line {i + 1} is \"{a}\" but the descriptor renders \"{e}\".";
            }
        }

        return "the bytes differ (encoding or line ends; the catalogue is UTF-8 without BOM with \\n line ends).";
    }
}
