namespace Advisor.Analyzers.Catalogue;

/// <summary>One generated catalogue file: its name inside <c>recommendations/</c> and its full Markdown text.</summary>
/// <param name="FileName">e.g. <c>sagemaker-endpoint-idle.md</c> or <c>README.md</c>.</param>
/// <param name="Content">The Markdown, with <c>\n</c> line ends, written as UTF-8 without a byte-order mark.</param>
public sealed record CataloguePage(string FileName, string Content);
