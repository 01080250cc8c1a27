using Advisor.Storage.Sql;
using Dapper;

namespace Advisor.Storage.Recommendations;

/// <summary>Turns a <see cref="RecommendationQuery"/> into a parameterised WHERE clause and an ORDER BY with an id tie-break.</summary>
internal static class RecommendationFilter
{
    public static (string Where, DynamicParameters Parameters) Build(RecommendationQuery query, ISqlDialect dialect)
    {
        var clauses = new List<string>();
        var parameters = new DynamicParameters();
        if (query.Statuses.Count > 0)
        {
            clauses.Add(dialect.InList("status", "Statuses"));
            parameters.Add("Statuses", query.Statuses.Select(s => s.ToString()).Distinct().ToArray());
        }

        Add(clauses, parameters, "analyzer_id", "AnalyzerId", query.AnalyzerId);
        Add(clauses, parameters, "account", "Account", query.Account);
        Add(clauses, parameters, "region", "Region", query.Region);
        Add(clauses, parameters, "team", "Team", query.Team);
        if (query.MinMonthlySavings is { } min)
        {
            clauses.Add(dialect.SavingsExpression + " >= " + (dialect.Provider == StorageProvider.Sqlite ? "CAST(@MinSavings AS REAL)" : "@MinSavings"));
            parameters.Add("MinSavings", dialect.Money(min));
        }

        return (clauses.Count == 0 ? "" : " WHERE " + string.Join(" AND ", clauses), parameters);
    }

    public static string OrderBy(RecommendationSort sort, ISqlDialect dialect)
    {
        var savings = dialect.SavingsExpression;
        return sort switch
        {
            RecommendationSort.SavingsDescending => savings + " DESC, id",
            RecommendationSort.SavingsAscending => savings + " ASC, id",
            // Why: priorities are stored as P1/P2/P3, whose text order is their urgency order.
            RecommendationSort.PriorityThenSavings => "priority ASC, " + savings + " DESC, id",
            RecommendationSort.NewestFirst => "first_seen_at DESC, id",
            RecommendationSort.OldestFirst => "first_seen_at ASC, id",
            _ => throw new ArgumentOutOfRangeException(nameof(sort), sort, "unknown sort order"),
        };
    }

    private static void Add(List<string> clauses, DynamicParameters parameters, string column, string name, string? value)
    {
        if (value is not null)
        {
            clauses.Add(column + " = @" + name);
            parameters.Add(name, value);
        }
    }
}
