using System.Text;
using Advisor.Core.Analysis;

namespace Advisor.Analyzers.Catalogue;

/// <summary>Renders <c>recommendations/README.md</c>: one row per analyzer, ordered by id.</summary>
internal static class IndexRenderer
{
    public static string Render(IEnumerable<AnalyzerDescriptor> descriptors)
    {
        var index = new StringBuilder();
        index.Append(CatalogueWriter.Banner).Append("\n\n");
        index.Append("# Recommendation catalogue\n\n");
        index.Append("One page per recommendation kind, generated from each analyzer's descriptor and options (rule, inputs, defaults,\n");
        index.Append("savings formula, IAM actions, remediation, rollback, rationale). Do not edit by hand: the pages are regenerated,\n");
        index.Append("and a conformance test fails when one is stale.\n\n");
        index.Append("| Id | Title | Resource type | Page |\n|---|---|---|---|\n");
        foreach (var descriptor in descriptors.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            var fileName = CatalogueWriter.PageFileName(descriptor.Id);
            index.Append("| ").Append(MarkdownText.Code(descriptor.Id))
                .Append(" | ").Append(MarkdownText.Cell(descriptor.Title))
                .Append(" | ").Append(MarkdownText.Code(descriptor.ResourceType))
                .Append(" | [").Append(fileName).Append("](").Append(fileName).Append(") |\n");
        }

        return index.ToString();
    }
}
