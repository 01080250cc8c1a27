using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Namotion.Reflection;

namespace Advisor.Analyzers.Catalogue;

/// <summary>
/// Reflects over an analyzer's options class: every bindable property with its default (from a fresh instance, the one
/// place defaults live) and its XML documentation (the assembly's documentation file, read with Namotion.Reflection).
/// </summary>
public static class OptionsDescriber
{
    // Why: options nest a level or two at most; a deeper walk means a cycle or a type that is not really options.
    private const int MaxDepth = 4;

    private static readonly XmlDocsOptions DocsOptions = new() { FormattingMode = XmlDocsFormattingMode.Markdown };

    /// <summary>
    /// The options of <paramref name="optionsType"/> in declaration order, nested sections flattened to <c>Parent:Child</c>.
    /// Throws when the type has no public parameterless constructor or an option has no XML <c>&lt;summary&gt;</c>
    /// (undocumented defaults are exactly what the catalogue is for).
    /// </summary>
    public static IReadOnlyList<OptionDoc> Describe(Type optionsType)
    {
        ArgumentNullException.ThrowIfNull(optionsType);
        var defaults = CreateDefault(optionsType);
        var docs = new List<OptionDoc>();
        Collect(optionsType, defaults, prefix: string.Empty, depth: 0, docs);
        return docs;
    }

    private static void Collect(Type type, object? instance, string prefix, int depth, List<OptionDoc> docs)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException(
                $"Options type '{type.FullName}' nests deeper than {MaxDepth} levels at '{prefix}'; the catalogue cannot describe it.");
        }

        foreach (var property in BindableProperties(type))
        {
            var key = prefix + property.Name;
            var value = instance is null ? null : property.GetValue(instance);
            if (!OptionValueText.IsScalar(property.PropertyType) && !OptionValueText.IsCollection(property.PropertyType))
            {
                Collect(property.PropertyType, value ?? CreateDefault(property.PropertyType), key + ":", depth + 1, docs);
                continue;
            }

            docs.Add(new OptionDoc(
                key,
                OptionValueText.TypeName(property.PropertyType),
                OptionValueText.Value(value),
                OptionValueText.Allowed(property.GetCustomAttribute<RangeAttribute>()),
                Documentation(property)));
        }
    }

    // Why: the configuration binder sets public instance properties with a public setter, and fills get-only collections
    // and nested objects in place; indexers and read-only scalars are never bound, so they are not options.
    private static IEnumerable<PropertyInfo> BindableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null)
            .Where(p => p.SetMethod is { IsPublic: true } || !OptionValueText.IsScalar(p.PropertyType))
            .OrderBy(p => p.MetadataToken);

    private static string Documentation(PropertyInfo property)
    {
        var summary = MarkdownText.OneLine(property.GetXmlDocsSummary(DocsOptions));
        if (summary.Length == 0)
        {
            var assembly = property.DeclaringType!.Assembly.GetName().Name;
            throw new InvalidOperationException(
                $"Option '{property.DeclaringType.FullName}.{property.Name}' has no XML <summary>. Document it (the catalogue "
                + $"shows it), and check that {assembly}.xml is published next to {assembly}.dll.");
        }

        return summary;
    }

    private static object CreateDefault(Type type)
    {
        if (type.GetConstructor(Type.EmptyTypes) is null)
        {
            throw new InvalidOperationException(
                $"Options type '{type.FullName}' has no public parameterless constructor, so its defaults cannot be read.");
        }

        return Activator.CreateInstance(type)!;
    }
}
