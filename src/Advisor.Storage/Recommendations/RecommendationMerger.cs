using System.Data.Common;
using Advisor.Storage.Sql;
using Dapper;

namespace Advisor.Storage.Recommendations;

/// <summary>
/// Merges one run into the store (see <see cref="IRecommendationStore.MergeAsync"/>), in one write transaction, writing an
/// event with actor <c>run:&lt;id&gt;</c> for every change. Outcome lists: Created (new), Reopened (came back to Open),
/// Resolved (gone from an evaluated scope), StillOpen (produced again and Open or Accepted), Unchanged (produced again but
/// held by a human or remediation: Dismissed, Snoozed, Applied, Verified, Regressed).
/// </summary>
internal sealed class RecommendationMerger(ISqlDialect dialect, decimal dismissedReturnFactor)
{
    private const string CandidatesSql =
        "SELECT id, status, monthly_savings, dismissed_savings, snoozed_until, account, region, analyzer_id, first_seen_run_id, first_seen_at "
        + "FROM recommendations WHERE ";

    /// <summary>Why 500: well under SQLite's limit on bound variables, and few round trips for a large estate.</summary>
    private const int IdChunk = 500;

    private static readonly string[] Resolvable = [.. RecommendationLifecycle.ResolvableByAbsence.Select(s => s.ToString())];

    public async Task<MergeOutcome> MergeAsync(RunMerge run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentException.ThrowIfNullOrWhiteSpace(run.RunId);
        var actor = "run:" + run.RunId;
        var produced = new Dictionary<string, MergeItem>(StringComparer.Ordinal);
        foreach (var item in run.Recommendations)
        {
            produced.TryAdd(item.Recommendation.Id, item);
        }

        var evaluated = run.Evaluated.Select(e => (e.Account, e.Region, e.AnalyzerId)).ToHashSet();
        List<string> created = [], reopened = [], resolved = [], stillOpen = [], unchanged = [];

        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken);
        var writer = new RecommendationWriter(dialect, connection, transaction, cancellationToken);
        var existing = await LoadCandidatesAsync(connection, transaction, produced.Keys, cancellationToken);

        foreach (var (id, item) in produced)
        {
            if (!existing.TryGetValue(id, out var row))
            {
                var fresh = item.ToStored(run, RecommendationStatus.Open);
                await writer.InsertAsync(fresh);
                await writer.AppendEventAsync(id, run.At, actor, RecommendationEventKind.Created, null, RecommendationStatus.Open, fresh.MonthlySavings, run.RunId, null);
                created.Add(id);
                continue;
            }

            var from = DbValues.ReadEnum<RecommendationStatus>(row.status);
            var oldSavings = DbValues.ReadMoney(row.monthly_savings);
            var snoozedUntil = DbValues.ReadTimeOrNull(row.snoozed_until);
            var dismissedSavings = DbValues.ReadMoneyOrNull(row.dismissed_savings);
            var next = item.ToStored(run, from);
            var reopen = from switch
            {
                RecommendationStatus.Resolved => "produced again",
                RecommendationStatus.Snoozed when snoozedUntil is not { } until || until <= run.At => "snooze ended",
                RecommendationStatus.Dismissed when next.MonthlySavings > (dismissedSavings ?? 0m) * dismissedReturnFactor => "savings grew past the dismissed figure",
                _ => null,
            };

            next = reopen is null
                ? next with { SnoozedUntil = snoozedUntil, DismissedSavings = dismissedSavings }
                : next with { Status = RecommendationStatus.Open };
            next = next with { FirstSeenRunId = row.first_seen_run_id, FirstSeenAt = DbValues.ReadTime(row.first_seen_at) };
            await writer.UpdateProducedAsync(next);

            if (next.MonthlySavings != oldSavings)
            {
                await writer.AppendEventAsync(id, run.At, actor, RecommendationEventKind.SavingsChanged, from, from, next.MonthlySavings, run.RunId, "was " + DbValues.MoneyText(oldSavings));
            }

            if (reopen is not null)
            {
                await writer.AppendEventAsync(id, run.At, actor, RecommendationEventKind.Reopened, from, RecommendationStatus.Open, next.MonthlySavings, run.RunId, reopen);
                reopened.Add(id);
            }
            else if (from is RecommendationStatus.Open or RecommendationStatus.Accepted)
            {
                stillOpen.Add(id);
            }
            else
            {
                unchanged.Add(id);
            }
        }

        foreach (var row in existing.Values.Where(r => !produced.ContainsKey(r.id) && evaluated.Contains((r.account, r.region, r.analyzer_id))))
        {
            var from = DbValues.ReadEnum<RecommendationStatus>(row.status);
            if (!RecommendationLifecycle.ResolvableByAbsence.Contains(from))
            {
                continue;
            }

            await writer.UpdateStatusAsync(row.id, RecommendationStatus.Resolved, null, null, run.At, run.At);
            await writer.AppendEventAsync(row.id, run.At, actor, RecommendationEventKind.Resolved, from, RecommendationStatus.Resolved,
                DbValues.ReadMoney(row.monthly_savings), run.RunId, "not produced by a run that evaluated its scope");
            resolved.Add(row.id);
        }

        await transaction.CommitAsync(cancellationToken);
        await dialect.RefreshStatisticsAsync(connection, cancellationToken);
        return new MergeOutcome(created, reopened, resolved, stillOpen, unchanged);
    }

    /// <summary>
    /// Every recommendation the merge may touch: the ones absence can resolve (Open/Accepted/Snoozed/Dismissed), plus the
    /// produced ones in any other status. Why: resolved and remediated rows pile up over time; the run never needs the rest.
    /// </summary>
    private async Task<Dictionary<string, CandidateRow>> LoadCandidatesAsync(
        DbConnection connection, DbTransaction transaction, IEnumerable<string> producedIds, CancellationToken cancellationToken)
    {
        var candidates = (await connection.QueryAsync<CandidateRow>(new CommandDefinition(
                CandidatesSql + dialect.InList("status", "Statuses"), new { Statuses = Resolvable }, transaction, cancellationToken: cancellationToken)))
            .ToDictionary(r => r.id, StringComparer.Ordinal);
        foreach (var chunk in producedIds.Where(id => !candidates.ContainsKey(id)).Chunk(IdChunk))
        {
            var rows = await connection.QueryAsync<CandidateRow>(new CommandDefinition(
                CandidatesSql + dialect.InList("id", "Ids"), new { Ids = chunk }, transaction, cancellationToken: cancellationToken));
            foreach (var row in rows)
            {
                candidates[row.id] = row;
            }
        }

        return candidates;
    }

    /// <summary>The light projection a merge needs of every stored recommendation.</summary>
    private sealed class CandidateRow
    {
        public string id { get; set; } = "";
        public string status { get; set; } = "";
        public object monthly_savings { get; set; } = 0m;
        public object? dismissed_savings { get; set; }
        public object? snoozed_until { get; set; }
        public string account { get; set; } = "";
        public string region { get; set; } = "";
        public string analyzer_id { get; set; } = "";
        public string first_seen_run_id { get; set; } = "";
        public object first_seen_at { get; set; } = "";
    }
}
