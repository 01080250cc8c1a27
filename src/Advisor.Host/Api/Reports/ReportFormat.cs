using Advisor.Storage.Reports;
using Microsoft.Net.Http.Headers;

namespace Advisor.Host.Api.Reports;

/// <summary>A report's four formats: file extension, media type, and which body of the record it serves.</summary>
internal sealed record ReportFormat(string Extension, string MediaType, Func<ReportRecord, string> Body)
{
    public static IReadOnlyList<ReportFormat> All { get; } =
    [
        new("json", "application/json", r => r.Json),
        new("md", "text/markdown", r => r.Markdown),
        new("html", "text/html", r => r.Html),
        new("csv", "text/csv", r => r.Csv),
    ];

    public static ReportFormat Json => All[0];

    public static ReportFormat? ByExtension(string extension) =>
        All.FirstOrDefault(f => string.Equals(f.Extension, extension, StringComparison.OrdinalIgnoreCase));

    /// <summary>The best format the Accept header asks for, by quality then order; JSON when it names none of ours (or is absent).</summary>
    public static ReportFormat ByAccept(IList<string>? accept)
    {
        if (accept is null || !MediaTypeHeaderValue.TryParseList(accept, out var values))
        {
            return Json;
        }

        var wanted = values
            .Where(v => (v.Quality ?? 1.0) > 0)
            .OrderByDescending(v => v.Quality ?? 1.0)
            .Select(v => All.FirstOrDefault(f => string.Equals(f.MediaType, v.MediaType.Value, StringComparison.OrdinalIgnoreCase)))
            .FirstOrDefault(f => f is not null);
        return wanted ?? Json;
    }
}
