using System.Text;
using Advisor.Core.Analysis;

namespace Advisor.Analyzers.Catalogue;

/// <summary>Renders one analyzer's catalogue page from its descriptor and options; pure and deterministic.</summary>
internal static class PageRenderer
{
    public static string Render(AnalyzerDescriptor descriptor, string optionsSection, IReadOnlyList<OptionDoc> options)
    {
        var page = new StringBuilder();
        page.Append(CatalogueWriter.Banner).Append("\n\n");
        page.Append("# ").Append(MarkdownText.OneLine(descriptor.Title)).Append("\n\n");
        page.Append("| | |\n|---|---|\n");
        page.Append("| Id | ").Append(MarkdownText.Code(descriptor.Id)).Append(" |\n");
        page.Append("| Resource type | ").Append(MarkdownText.Code(descriptor.ResourceType)).Append(" |\n");
        page.Append("| Options section | ").Append(MarkdownText.Code(optionsSection)).Append(" |\n");

        Section(page, "Rule", descriptor.Rule);
        List(page, "Inputs", descriptor.Inputs, code: false);
        Defaults(page, optionsSection, options);
        Section(page, "Savings formula", descriptor.SavingsFormula);
        page.Append("\n## IAM actions\n\nRead (needed to analyse):\n\n");
        Bullets(page, descriptor.IamActions, code: true);
        page.Append("\nRemediation (granted only when remediation is applied automatically):\n\n");
        Bullets(page, descriptor.RemediationIamActions, code: true);
        Section(page, "Remediation", descriptor.Remediation);
        Section(page, "Rollback", descriptor.Rollback);
        Section(page, "Rationale", descriptor.Rationale);
        return page.ToString();
    }

    private static void Defaults(StringBuilder page, string optionsSection, IReadOnlyList<OptionDoc> options)
    {
        page.Append("\n## Defaults\n\n");
        if (options.Count == 0)
        {
            page.Append("This analyzer has no options.\n");
            return;
        }

        var environmentPrefix = optionsSection.Replace(":", "__", StringComparison.Ordinal);
        page.Append("Set under ").Append(MarkdownText.Code(optionsSection))
            .Append(" in `appsettings.json`, or as environment variables ")
            .Append(MarkdownText.Code(environmentPrefix + "__<Option>")).Append(".\n\n");
        page.Append("| Option | Type | Default | Allowed | Meaning |\n|---|---|---|---|---|\n");
        foreach (var option in options)
        {
            page.Append("| ").Append(MarkdownText.Code(option.Key))
                .Append(" | ").Append(MarkdownText.Cell(option.TypeName))
                .Append(" | ").Append(MarkdownText.Cell(MarkdownText.Code(option.DefaultValue)))
                .Append(" | ").Append(option.Allowed.Length == 0 ? "any" : MarkdownText.Cell(option.Allowed))
                .Append(" | ").Append(MarkdownText.Cell(option.Documentation))
                .Append(" |\n");
        }
    }

    private static void Section(StringBuilder page, string heading, string text) =>
        page.Append("\n## ").Append(heading).Append("\n\n").Append(MarkdownText.Paragraph(text)).Append('\n');

    private static void List(StringBuilder page, string heading, IReadOnlyList<string> items, bool code)
    {
        page.Append("\n## ").Append(heading).Append("\n\n");
        Bullets(page, items, code);
    }

    private static void Bullets(StringBuilder page, IReadOnlyList<string> items, bool code)
    {
        if (items.Count == 0)
        {
            page.Append("None.\n");
            return;
        }

        foreach (var item in items)
        {
            var line = MarkdownText.OneLine(item);
            page.Append("- ").Append(code ? MarkdownText.Code(line) : line).Append('\n');
        }
    }
}
