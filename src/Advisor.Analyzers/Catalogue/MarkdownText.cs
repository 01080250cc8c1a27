using System.Text.RegularExpressions;

namespace Advisor.Analyzers.Catalogue;

/// <summary>Small Markdown helpers so generated text cannot break the page's structure.</summary>
internal static partial class MarkdownText
{
    /// <summary>Text for one table cell: whitespace runs (line breaks too) become one space, and <c>|</c> is escaped.</summary>
    public static string Cell(string text) => OneLine(text).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>A paragraph: line ends normalised to <c>\n</c>, trailing spaces and surrounding blank lines removed.</summary>
    public static string Paragraph(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd());
        return string.Join('\n', lines).Trim('\n', ' ');
    }

    /// <summary>Inline code; Why: a value holding a backtick needs a longer fence (CommonMark code spans).</summary>
    public static string Code(string text) =>
        text.Contains('`', StringComparison.Ordinal) ? "`` " + text + " ``" : "`" + text + "`";

    /// <summary>All whitespace runs collapsed to one space, trimmed.</summary>
    public static string OneLine(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
