namespace Advisor.Aws.CostExplorer;

/// <summary>
/// Cost Explorer's filter <c>Expression</c>: exactly one of And, Or, Not, Dimensions, Tags, CostCategories per node.
/// Member names are the wire names, so the record is sent as it is.
/// </summary>
public sealed record CostExpression
{
    public IReadOnlyList<CostExpression>? And { get; init; }
    public IReadOnlyList<CostExpression>? Or { get; init; }
    public CostExpression? Not { get; init; }
    public DimensionValues? Dimensions { get; init; }
    public TagValues? Tags { get; init; }
    public CostCategoryValues? CostCategories { get; init; }

    /// <summary>A Dimensions node: <paramref name="key"/> equals any of <paramref name="values"/>.</summary>
    public static CostExpression Dimension(string key, params string[] values) => new() { Dimensions = new DimensionValues(key, values) };

    /// <summary>Throws <see cref="ArgumentException"/> unless this node and every child have exactly one root (AWS: "more than one roots").</summary>
    public void Validate(string path = "Filter")
    {
        var roots = (And is null ? 0 : 1) + (Or is null ? 0 : 1) + (Not is null ? 0 : 1)
            + (Dimensions is null ? 0 : 1) + (Tags is null ? 0 : 1) + (CostCategories is null ? 0 : 1);
        if (roots != 1)
        {
            throw new ArgumentException(
                $"{path} must have exactly one root (And, Or, Not, Dimensions, Tags or CostCategories); it has {roots}.");
        }

        for (var i = 0; i < (And?.Count ?? 0); i++)
        {
            And![i].Validate($"{path}.And[{i}]");
        }

        for (var i = 0; i < (Or?.Count ?? 0); i++)
        {
            Or![i].Validate($"{path}.Or[{i}]");
        }

        Not?.Validate(path + ".Not");
    }
}

/// <summary>A dimension match (e.g. SERVICE in [...]). MatchOptions may be EQUALS or CASE_SENSITIVE.</summary>
public sealed record DimensionValues(string Key, IReadOnlyList<string> Values, IReadOnlyList<string>? MatchOptions = null);

/// <summary>A tag match; untagged resources match the value "" (with MatchOptions ABSENT).</summary>
public sealed record TagValues(string Key, IReadOnlyList<string> Values, IReadOnlyList<string>? MatchOptions = null);

/// <summary>A cost category match.</summary>
public sealed record CostCategoryValues(string Key, IReadOnlyList<string> Values, IReadOnlyList<string>? MatchOptions = null);
