using System.Text.RegularExpressions;
using Advisor.Host.Tests.Support;
using YamlDotNet.Serialization;

namespace Advisor.Host.Tests.Operations.Harness;

/// <summary>
/// Reads <c>helm/advisor/</c> without helm (not installable here): values as a tree, the <c>.Values.*</c> paths the templates
/// use, and the helm-docs <c># --</c> comments of values.yaml.
/// </summary>
internal static partial class HelmChart
{
    public static string Folder => RepoPaths.Of("helm/advisor");

    public static string ValuesFile => Path.Combine(Folder, "values.yaml");

    public static IReadOnlyList<string> TemplateFiles() =>
        [.. Directory.GetFiles(Path.Combine(Folder, "templates")).Order(StringComparer.Ordinal)];

    public static object? Parse(string path) => new DeserializerBuilder().Build().Deserialize<object>(File.ReadAllText(path));

    public static Dictionary<object, object> Values() =>
        Parse(ValuesFile) as Dictionary<object, object> ?? throw new InvalidDataException("values.yaml is not a map.");

    /// <summary>Every <c>.Values.a.b</c> path a template reads, with the file it is in.</summary>
    public static IEnumerable<(string File, string Path)> TemplateValuePaths() =>
        TemplateFiles().SelectMany(f => ValuesPathPattern().Matches(File.ReadAllText(f)).Select(m => (Path.GetFileName(f), m.Groups[1].Value)));

    /// <summary>Whether a dotted path leads to a key of the values tree (its value may be empty, null or a map).</summary>
    public static bool Exists(Dictionary<object, object> values, string dottedPath)
    {
        object? node = values;
        foreach (var segment in dottedPath.Split('.'))
        {
            if (node is not IDictionary<object, object> map || !map.TryGetValue(segment, out node))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Keys of values.yaml that hold a value (scalars, lists, empty maps) with no <c># --</c> comment above them or above an
    /// ancestor (helm-docs documents a map with one comment for all of it).
    /// </summary>
    public static IReadOnlyList<string> UndocumentedValues()
    {
        var lines = File.ReadAllLines(ValuesFile);
        var stack = new List<(int Indent, string Key, bool Documented)>();
        var undocumented = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var match = KeyLinePattern().Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }

            var indent = match.Groups[1].Length;
            stack.RemoveAll(s => s.Indent >= indent);
            var documented = stack.Any(s => s.Documented) || CommentAbove(lines, i).Any(c => c.StartsWith("# --", StringComparison.Ordinal));
            var key = match.Groups[2].Value;
            stack.Add((indent, key, documented));
            var rest = match.Groups[3].Value.Trim();
            if (!documented && (rest.Length > 0 || !HasChildren(lines, i, indent)))
            {
                undocumented.Add(string.Join('.', stack.Select(s => s.Key)));
            }
        }

        return undocumented;
    }

    private static IEnumerable<string> CommentAbove(string[] lines, int index)
    {
        for (var j = index - 1; j >= 0 && lines[j].TrimStart().StartsWith('#'); j--)
        {
            yield return lines[j].Trim();
        }
    }

    private static bool HasChildren(string[] lines, int index, int indent)
    {
        var next = lines.Skip(index + 1).FirstOrDefault(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'));
        return next is not null && next.Length - next.TrimStart().Length > indent;
    }

    [GeneratedRegex(@"\.Values((?:\.[A-Za-z_][A-Za-z0-9_]*)+)")]
    private static partial Regex ValuesPathPattern();

    [GeneratedRegex(@"^(\s*)([A-Za-z0-9_.\-]+):(?:\s+(.*))?$")]
    private static partial Regex KeyLinePattern();
}
