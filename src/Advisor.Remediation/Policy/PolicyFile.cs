using Microsoft.Extensions.Configuration;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Advisor.Remediation.Policy;

/// <summary>
/// Loads a remediation policy file (YAML, or JSON since JSON is YAML) with the shape of the <c>Remediation</c> section.
/// The document is bound like configuration (same types, TimeSpans as <c>d.hh:mm:ss</c>), unknown fields are errors, and every
/// error names the file and the field path.
/// </summary>
public static class PolicyFile
{
    /// <summary>Reads and validates <paramref name="path"/>; throws <see cref="PolicyFileException"/> listing every problem.</summary>
    public static RemediationOptions Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            throw new PolicyFileException($"{path}: the policy file does not exist.");
        }

        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        try
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(path))
            {
                stream.Load(reader);
            }

            if (stream.Documents.Count > 0)
            {
                // Why: a policy file may hold the bare section or a whole settings document with a Remediation key.
                var root = stream.Documents[0].RootNode;
                if (root is YamlMappingNode map && map.Children.Count == 1
                    && map.Children.Keys.Single() is YamlScalarNode { Value: var key }
                    && string.Equals(key, RemediationOptions.SectionName, StringComparison.OrdinalIgnoreCase))
                {
                    root = map.Children.Values.Single();
                }

                Flatten(root, "", values);
            }
        }
        catch (YamlException ex)
        {
            throw new PolicyFileException($"{name}: line {ex.Start.Line}: {ex.Message}");
        }

        var options = new RemediationOptions();
        try
        {
            new ConfigurationBuilder().AddInMemoryCollection(values).Build()
                .Bind(options, o => o.ErrorOnUnknownConfiguration = true);
        }
        catch (InvalidOperationException ex)
        {
            throw new PolicyFileException($"{name}: {ex.Message}{(ex.InnerException is { } inner ? " (" + inner.Message + ")" : "")}");
        }

        var errors = RemediationOptionsValidator.Errors(options, name + ": ");
        return errors.Count == 0 ? options : throw new PolicyFileException(string.Join(Environment.NewLine, errors));
    }

    private static void Flatten(YamlNode node, string path, Dictionary<string, string?> values)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (key, child) in map.Children)
                {
                    var name = ((YamlScalarNode)key).Value ?? "";
                    Flatten(child, path.Length == 0 ? name : path + ":" + name, values);
                }

                break;
            case YamlSequenceNode list:
                for (var i = 0; i < list.Children.Count; i++)
                {
                    Flatten(list.Children[i], path + ":" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), values);
                }

                break;
            case YamlScalarNode scalar:
                values[path] = scalar.Value;
                break;
        }
    }
}

/// <summary>A policy file that cannot be used; the message names the file and each bad field.</summary>
public sealed class PolicyFileException(string message) : Exception(message);
