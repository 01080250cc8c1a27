using System.Globalization;

namespace Advisor.Sandbox.Estate.File;

/// <summary>
/// Reads the fields of one mapping of an estate file, reporting unknown and duplicate fields, missing required ones and
/// values of the wrong type or range into a shared <see cref="ProblemList"/> (never throwing, so all problems are found).
/// </summary>
internal sealed class MapReader
{
    private readonly Dictionary<string, DocumentNode> _fields = new(StringComparer.Ordinal);
    private readonly ProblemList _problems;

    private MapReader(MapNode map, string path, ProblemList problems, IReadOnlyCollection<string> allowed)
    {
        Path = path;
        _problems = problems;
        foreach (var (key, value) in map.Entries)
        {
            if (!allowed.Contains(key))
            {
                problems.Add(PathOf(key), "unknown field (allowed: " + string.Join(", ", allowed) + ")");
            }
            else if (!_fields.TryAdd(key, value))
            {
                problems.Add(PathOf(key), "duplicate field");
            }
        }
    }

    /// <summary>This mapping's path (<c>endpoints[2].variants[0]</c>); empty at the top level.</summary>
    public string Path { get; }

    /// <summary>A reader for <paramref name="node"/>, or null (with a problem) when it is not a mapping.</summary>
    public static MapReader? Of(DocumentNode node, string path, ProblemList problems, params string[] allowed)
    {
        if (node is MapNode map)
        {
            return new MapReader(map, path, problems, allowed);
        }

        problems.Add(path.Length == 0 ? "(top level)" : path, "expected a mapping, got " + node.Kind);
        return null;
    }

    /// <summary>The problem list this reader reports into (for nested readers).</summary>
    public ProblemList Problems => _problems;

    public string PathOf(string key) => Path.Length == 0 ? key : Path + "." + key;

    /// <summary>The raw node of a field (null when absent), for cross-section look-ups that must not report problems.</summary>
    public DocumentNode? Node(string key) => _fields.GetValueOrDefault(key);

    public bool Has(string key) => _fields.TryGetValue(key, out var node) && node is not ScalarNode { Value: null };

    public void Problem(string key, string message) => _problems.Add(PathOf(key), message);

    public string? String(string key, bool required = false)
    {
        if (Node(key, required) is not { } node)
        {
            return null;
        }

        if (node is ScalarNode { Value: { } value })
        {
            return value;
        }

        Problem(key, "expected a text value, got " + node.Kind);
        return null;
    }

    public int? Int(string key, int min, int max, bool required = false)
    {
        if (String(key, required) is not { } text)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            Problem(key, "expected a whole number, got '" + text + "'");
            return null;
        }

        return InRange(key, value, min, max) ? value : null;
    }

    public double? Number(string key, double min, double max, bool required = false)
    {
        if (String(key, required) is not { } text)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            Problem(key, "expected a number, got '" + text + "'");
            return null;
        }

        return InRange(key, value, min, max) ? value : null;
    }

    public MapReader? Map(string key, bool required, params string[] allowed) =>
        Node(key, required) is { } node ? Of(node, PathOf(key), _problems, allowed) : null;

    /// <summary>A free-form mapping of text values (tags); problems for non-text values.</summary>
    public Dictionary<string, string> StringMap(string key)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Node(key, required: false) is not { } node)
        {
            return result;
        }

        if (node is not MapNode map)
        {
            Problem(key, "expected a mapping, got " + node.Kind);
            return result;
        }

        foreach (var (name, value) in map.Entries)
        {
            if (value is not ScalarNode { Value: { } text })
            {
                _problems.Add(PathOf(key) + "." + name, "expected a text value, got " + value.Kind);
            }
            else if (!result.TryAdd(name, text))
            {
                _problems.Add(PathOf(key) + "." + name, "duplicate field");
            }
        }

        return result;
    }

    /// <summary>The items of a list field with their paths; empty (with a problem) when it is not a list.</summary>
    public IReadOnlyList<(DocumentNode Node, string Path)> List(string key, bool required = false)
    {
        if (Node(key, required) is not { } node)
        {
            return [];
        }

        if (node is not ListNode list)
        {
            Problem(key, "expected a list, got " + node.Kind);
            return [];
        }

        return list.Items.Select((item, i) => (item, PathOf(key) + "[" + i.ToString(CultureInfo.InvariantCulture) + "]")).ToList();
    }

    private DocumentNode? Node(string key, bool required)
    {
        if (_fields.TryGetValue(key, out var node) && node is not ScalarNode { Value: null })
        {
            return node;
        }

        if (required)
        {
            Problem(key, "required field is missing");
        }

        return null;
    }

    private bool InRange<T>(string key, T value, T min, T max)
        where T : IComparable<T>, IFormattable
    {
        if (value.CompareTo(min) >= 0 && value.CompareTo(max) <= 0)
        {
            return true;
        }

        var got = value.ToString(null, CultureInfo.InvariantCulture);
        Problem(key, value.CompareTo(min) < 0
            ? "must be at least " + min.ToString(null, CultureInfo.InvariantCulture) + ", got " + got
            : "must be at most " + max.ToString(null, CultureInfo.InvariantCulture) + ", got " + got);
        return false;
    }
}
