using System.ComponentModel;
using System.Security.Claims;
using Advisor.Host.Api.Auditing;
using Advisor.Host.Api.Auth;
using Advisor.Storage;
using Advisor.Storage.Recommendations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Advisor.Host.Api.Recommendations;

/// <summary><c>/api/recommendations</c>: list with filters, one in full with its history, and the reviewers' decisions.</summary>
internal static class RecommendationEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/recommendations").WithTags("Recommendations");
        group.MapGet("/", ListAsync).RequireAuthorization(ApiRoles.CanRead)
            .WithSummary("Lists recommendations with filters, sort and paging.")
            .ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id}", GetAsync).RequireAuthorization(ApiRoles.CanRead)
            .WithSummary("One recommendation with its evidence, alternatives and history.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id}/decision", DecideAsync).RequireAuthorization(ApiRoles.CanDecide)
            .Audited("recommendation.decide")
            .WithSummary("Accepts, dismisses (reason), snoozes (until) or reopens a recommendation.")
            .Accepts<DecisionRequest>("application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Ok<RecommendationList>, ProblemHttpResult>> ListAsync(
        IAdvisorStore store,
        [FromQuery, Description("open, accepted, dismissed, snoozed, applied, verified, regressed, resolved; repeat or comma list")] string[]? status,
        [Description("Analyzer id, e.g. sagemaker-endpoint-idle")] string? analyzer,
        [Description("AWS account id")] string? account,
        [Description("AWS region")] string? region,
        [Description("Owning team (from the team tag)")] string? team,
        [Description("Minimum monthly savings in USD, '.' as decimal point")] string? minSavings,
        [Description("savings (default: largest first), -savings (smallest first), priority (P1 first, then largest), newest, oldest")] string? sort,
        [Description("1-based page number")] string? page,
        [Description("Items per page, 1-200 (default 50)")] string? pageSize,
        CancellationToken cancellationToken)
    {
        var error = ListingParameters.TryParse(status, analyzer, account, region, team, minSavings, sort, page, pageSize, out var query, out var number, out var size);
        if (error is not null)
        {
            return ApiProblems.BadRequest(error);
        }

        var result = await store.Recommendations.QueryAsync(query, cancellationToken);
        return TypedResults.Ok(new RecommendationList([.. result.Items.Select(RecommendationSummary.From)], result.Total, number, size));
    }

    private static async Task<Results<Ok<RecommendationDetail>, ProblemHttpResult>> GetAsync(string id, IAdvisorStore store, CancellationToken cancellationToken)
    {
        var found = await store.Recommendations.GetAsync(id, cancellationToken);
        if (found is null)
        {
            return ApiProblems.NotFound($"No recommendation has id '{id}'. List them with GET /api/recommendations.");
        }

        var history = await store.Recommendations.HistoryAsync(id, cancellationToken);
        return TypedResults.Ok(RecommendationDetail.From(found, history));
    }

    private static async Task<Results<Ok<RecommendationDetail>, ProblemHttpResult>> DecideAsync(
        string id, HttpContext context, IAdvisorStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var actor = context.User.FindFirstValue(ClaimTypes.Name) ?? "unknown";
        var (decision, error) = await DecisionParser.ReadAsync(context.Request.Body, actor, clock.GetUtcNow(), cancellationToken);
        if (decision is null)
        {
            return ApiProblems.BadRequest(error!);
        }

        ApiAudit.Describe(context, id, decision.Kind.ToString().ToLowerInvariant() + (decision.Reason is null ? "" : ": " + decision.Reason));
        StoredRecommendation? updated;
        try
        {
            updated = await store.Recommendations.DecideAsync(id, decision, cancellationToken);
        }
        catch (DecisionRejectedException ex)
        {
            return ApiProblems.Conflict(ex.Message);
        }

        if (updated is null)
        {
            return ApiProblems.NotFound($"No recommendation has id '{id}'. List them with GET /api/recommendations.");
        }

        var history = await store.Recommendations.HistoryAsync(id, cancellationToken);
        return TypedResults.Ok(RecommendationDetail.From(updated, history));
    }
}
