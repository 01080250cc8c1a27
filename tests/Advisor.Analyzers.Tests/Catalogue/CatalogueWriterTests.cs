using Advisor.Analyzers.Catalogue;
using Advisor.Analyzers.Registration;
using Advisor.Core.Analysis;

namespace Advisor.Analyzers.Tests.Catalogue;

public sealed class CatalogueWriterTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "advisor-catalogue-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void Renders_Every_Section_Of_The_Descriptor_Under_The_Generated_Banner()
    {
        var page = Render(CatalogueSamples.Descriptor());

        Assert.StartsWith(CatalogueWriter.Banner + "\n\n# Idle sample thing\n", page, StringComparison.Ordinal);
        Assert.Contains("dotnet run --project src/Advisor.Host -- catalogue", page, StringComparison.Ordinal);
        Assert.Contains("| Id | `sample-thing-idle` |", page, StringComparison.Ordinal);
        Assert.Contains("## Rule\n\nNo invocations\nfor the whole window.\n", page, StringComparison.Ordinal);
        Assert.Contains("## Inputs\n\n- SageMaker ListEndpoints\n- CloudWatch Invocations\n", page, StringComparison.Ordinal);
        Assert.Contains("- `sagemaker:ListEndpoints`\n- `cloudwatch:GetMetricData`\n", page, StringComparison.Ordinal);
        Assert.Contains("when remediation is applied automatically):\n\nNone.\n", page, StringComparison.Ordinal);
        foreach (var heading in new[] { "Defaults", "Savings formula", "IAM actions", "Remediation", "Rollback", "Rationale" })
        {
            Assert.Contains("\n## " + heading + "\n", page, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("\r", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Renders_Defaults_As_A_Table_With_Escaped_Pipes_And_Environment_Variable_Names()
    {
        var page = Render(CatalogueSamples.Descriptor());

        Assert.Contains("| `Threshold` | integer | `0` | ≥ 0 | Invocations at most this count as idle. Must be `0` or more. |", page, StringComparison.Ordinal);
        Assert.Contains("| `Coverage` | number | `0.9` | 0.5 to 1 | A fraction \\| with a pipe in its text. |", page, StringComparison.Ordinal);
        Assert.Contains("| `Lookback` | duration (d.hh:mm:ss) | `14.00:00:00` | any |", page, StringComparison.Ordinal);
        Assert.Contains("`Analyzers__Sample__<Option>`", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Renders_The_Same_Bytes_Every_Time()
    {
        // Two independent renders of freshly built descriptors: any ordering or culture dependence would make them differ.
        var first = Render(CatalogueSamples.Descriptor());
        var second = Render(CatalogueSamples.Descriptor());

        Assert.Equal(first, second);
        Assert.StartsWith(CatalogueWriter.Banner, first, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_Has_One_Linked_Row_Per_Analyzer_Ordered_By_Id()
    {
        var index = CatalogueWriter.RenderIndex([CatalogueSamples.Descriptor("zeta-thing-idle"), CatalogueSamples.Descriptor("alpha-thing-idle")]);

        var alpha = index.IndexOf("| `alpha-thing-idle` | Idle sample thing | `AWS::SageMaker::Endpoint` | [alpha-thing-idle.md](alpha-thing-idle.md) |", StringComparison.Ordinal);
        var zeta = index.IndexOf("| `zeta-thing-idle` |", StringComparison.Ordinal);
        Assert.True(alpha > 0 && zeta > alpha, index);
        Assert.StartsWith(CatalogueWriter.Banner, index, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_Every_Page_And_The_Index_And_Removes_Only_Stale_Generated_Pages()
    {
        Directory.CreateDirectory(_directory);
        var stale = Path.Combine(_directory, "gone-thing-idle.md");
        var handWritten = Path.Combine(_directory, "notes.md");
        File.WriteAllText(stale, CatalogueWriter.Banner + "\nold\n");
        File.WriteAllText(handWritten, "# Notes\n");
        var analyzer = new SampleAnalyzer(CatalogueSamples.Descriptor(remediation: ["sagemaker:DeleteEndpoint"]));
        var binding = new AnalyzerOptionsBinding(typeof(SampleAnalyzer), typeof(SampleOptions), "Analyzers:Sample");

        var written = CatalogueWriter.WriteAll(_directory, new AnalyzerRegistry([analyzer]), [binding]);

        Assert.Equal([Path.Combine(_directory, "sample-thing-idle.md"), Path.Combine(_directory, "README.md")], written);
        Assert.Equal(
            CatalogueWriter.Encoding.GetBytes(CatalogueWriter.Render(analyzer.Descriptor, binding)),
            File.ReadAllBytes(written[0]));
        Assert.Contains("[sample-thing-idle.md](sample-thing-idle.md)", File.ReadAllText(written[1]), StringComparison.Ordinal);
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(handWritten));
    }

    [Fact]
    public void Refuses_An_Analyzer_Registered_Without_Its_Options_And_Names_It()
    {
        var registry = new AnalyzerRegistry([new SampleAnalyzer(CatalogueSamples.Descriptor())]);

        var error = Assert.Throws<InvalidOperationException>(() => CatalogueWriter.RenderAll(registry, []));

        Assert.Contains("sample-thing-idle", error.Message, StringComparison.Ordinal);
    }

    private static string Render(AnalyzerDescriptor descriptor) =>
        CatalogueWriter.Render(descriptor, new AnalyzerOptionsBinding(typeof(SampleAnalyzer), typeof(SampleOptions), "Analyzers:Sample"));
}
