using System.ComponentModel;
using Advisor.Host.Api.Auth;
using Advisor.Storage;
using Advisor.Storage.Reports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Advisor.Host.Api.Reports;

/// <summary><c>/api/reports</c>: the archive's list and the latest report as JSON, Markdown, HTML or CSV.</summary>
internal static class ReportEndpoints
{
    /// <summary>Why 52 / 520: a year of weekly reports by default; ten years at most in one answer.</summary>
    private const int DefaultLimit = 52;
    private const int MaxLimit = 520;

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reports").WithTags("Reports").RequireAuthorization(ApiRoles.CanRead);
        group.MapGet("/", ListAsync).WithSummary("Published reports, newest first.").ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/latest", (HttpContext context, IAdvisorStore store, CancellationToken ct) =>
                LatestAsync(ReportFormat.ByAccept(context.Request.Headers.Accept), store, ct))
            .WithSummary("The latest report; format by Accept (application/json default, text/markdown, text/html, text/csv).")
            .Produces<string>(StatusCodes.Status200OK, "application/json", "text/markdown", "text/html", "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/latest.{format}", (string format, IAdvisorStore store, CancellationToken ct) =>
                ReportFormat.ByExtension(format) is { } chosen
                    ? LatestAsync(chosen, store, ct)
                    : Task.FromResult<IResult>(ApiProblems.BadRequest(
                        $"Unknown report format '{format}'; use one of: {string.Join(", ", ReportFormat.All.Select(f => "latest." + f.Extension))}.")))
            .WithSummary("The latest report in the format its extension names: json, md, html or csv.")
            .Produces<string>(StatusCodes.Status200OK, "application/json", "text/markdown", "text/html", "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> LatestAsync(ReportFormat format, IAdvisorStore store, CancellationToken cancellationToken)
    {
        var latest = await store.Reports.GetLatestAsync(cancellationToken);
        return latest is null
            ? ApiProblems.NotFound("No report has been published yet; the first one is written after the first scheduled report run.")
            : TypedResults.Text(format.Body(latest), format.MediaType + "; charset=utf-8");
    }

    private static async Task<Results<Ok<IReadOnlyList<ReportSummary>>, ProblemHttpResult>> ListAsync(
        IAdvisorStore store, [Description("How many reports, 1-520 (default 52)")] string? limit, CancellationToken cancellationToken)
    {
        var error = LimitParameter.TryParse(limit, DefaultLimit, MaxLimit, out var count);
        if (error is not null)
        {
            return ApiProblems.BadRequest(error);
        }

        var reports = await store.Reports.ListAsync(count, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ReportSummary>>([.. reports.Select(ReportSummary.From)]);
    }
}

/// <summary>One archived report without its bodies.</summary>
public sealed record ReportSummary(string Id, DateTimeOffset GeneratedAt, DateTimeOffset PeriodStart, DateTimeOffset PeriodEnd, string? RunId)
{
    public static ReportSummary From(ReportRecord r) => new(r.Id, r.GeneratedAt, r.PeriodStart, r.PeriodEnd, r.RunId);
}
