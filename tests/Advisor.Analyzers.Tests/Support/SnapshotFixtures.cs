using System.Text.Json;
using System.Text.Json.Serialization;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.Tests.Support;

/// <summary>Loads <see cref="ScopeSnapshot"/> fixtures: System.Text.Json, camelCase, enums as strings.</summary>
internal static class SnapshotFixtures
{
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = true,
    };

    /// <summary>Reads a fixture by its path relative to the test output folder, e.g. <c>SageMaker/EndpointIdle/Fixtures/idle.json</c>.</summary>
    public static ScopeSnapshot Load(string relativePath)
    {
        var path = Path.Combine(AppContext.BaseDirectory, relativePath);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Fixture '{relativePath}' is not in the test output folder; check the csproj's Fixtures item.", path);
        }

        return JsonSerializer.Deserialize<ScopeSnapshot>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"Fixture '{relativePath}' deserialised to null.");
    }
}
