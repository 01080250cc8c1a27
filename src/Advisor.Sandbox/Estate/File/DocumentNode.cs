using System.Globalization;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Advisor.Sandbox.Estate.File;

/// <summary>A parsed estate document, format-neutral (YAML and JSON give the same tree).</summary>
internal abstract record DocumentNode
{
    /// <summary>What the node is, for "expected X, got Y" messages.</summary>
    public abstract string Kind { get; }
}

/// <summary>A mapping, keys in file order (duplicates kept so they can be reported).</summary>
internal sealed record MapNode(IReadOnlyList<KeyValuePair<string, DocumentNode>> Entries) : DocumentNode
{
    public override string Kind => "a mapping";
}

/// <summary>A sequence.</summary>
internal sealed record ListNode(IReadOnlyList<DocumentNode> Items) : DocumentNode
{
    public override string Kind => "a list";
}

/// <summary>A scalar as written (numbers and dates are parsed by the reader); null for YAML <c>~</c>/<c>null</c> or JSON <c>null</c>.</summary>
internal sealed record ScalarNode(string? Value) : DocumentNode
{
    public override string Kind => Value is null ? "null" : "'" + Value + "'";
}

/// <summary>Parses YAML or JSON text into <see cref="DocumentNode"/>s; syntax errors become <see cref="FormatException"/>s naming the line.</summary>
internal static class DocumentParser
{
    public static DocumentNode? ParseYaml(string text)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                $"not valid YAML at line {e.Start.Line}, column {e.Start.Column}: {e.Message}"), e);
        }

        return stream.Documents.Count == 0 ? null : FromYaml(stream.Documents[0].RootNode);
    }

    public static DocumentNode? ParseJson(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
            return FromJson(document.RootElement);
        }
        catch (JsonException e)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                $"not valid JSON at line {(e.LineNumber ?? 0) + 1}: {e.Message}"), e);
        }
    }

    private static DocumentNode FromYaml(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode map:
                return new MapNode(map.Children.Select(c => new KeyValuePair<string, DocumentNode>(
                    c.Key is YamlScalarNode k ? k.Value ?? "" : c.Key.ToString(), FromYaml(c.Value))).ToList());
            case YamlSequenceNode list:
                return new ListNode(list.Children.Select(FromYaml).ToList());
            case YamlScalarNode scalar:
                // Why: YAML's plain null forms (~, null, empty) are "absent"; a quoted "null" is the string.
                var isNull = scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";
                return new ScalarNode(isNull ? null : scalar.Value);
            default:
                // Why: aliases are resolved by the loader; anything else (tags on unknown kinds) is not part of the format.
                return new ScalarNode(node.ToString());
        }
    }

    private static DocumentNode FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new MapNode(element.EnumerateObject()
            .Select(p => new KeyValuePair<string, DocumentNode>(p.Name, FromJson(p.Value))).ToList()),
        JsonValueKind.Array => new ListNode(element.EnumerateArray().Select(FromJson).ToList()),
        JsonValueKind.String => new ScalarNode(element.GetString()),
        JsonValueKind.Null => new ScalarNode(null),
        _ => new ScalarNode(element.GetRawText()),
    };
}
