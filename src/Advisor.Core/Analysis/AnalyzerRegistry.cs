using System.Text.RegularExpressions;

namespace Advisor.Core.Analysis;

/// <summary>
/// The analyzers registered for this process (explicit registration, no assembly scanning). Refuses duplicate
/// or malformed ids at construction, so a bad registration stops the process at start.
/// </summary>
public sealed partial class AnalyzerRegistry
{
    private readonly Dictionary<string, IAnalyzer> _byId;

    public AnalyzerRegistry(IEnumerable<IAnalyzer> analyzers)
    {
        ArgumentNullException.ThrowIfNull(analyzers);
        _byId = new Dictionary<string, IAnalyzer>(StringComparer.Ordinal);
        foreach (var analyzer in analyzers)
        {
            var id = analyzer.Descriptor.Id;
            if (!IdPattern().IsMatch(id))
            {
                throw new InvalidOperationException($"Analyzer id '{id}' is not kebab-case (lower-case words joined by '-').");
            }

            if (!_byId.TryAdd(id, analyzer))
            {
                throw new InvalidOperationException($"Analyzer id '{id}' is registered twice.");
            }
        }
    }

    /// <summary>All analyzers in registration order.</summary>
    public IReadOnlyList<IAnalyzer> All => [.. _byId.Values];

    public IAnalyzer? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Why: ids are external and stable (URLs, catalogue file names, dashboards), so only [a-z0-9-] words.</summary>
    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)+$")]
    private static partial Regex IdPattern();
}
