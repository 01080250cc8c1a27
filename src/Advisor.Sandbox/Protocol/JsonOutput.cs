using System.Text.Json;

namespace Advisor.Sandbox.Protocol;

/// <summary>Builds JSON response bodies with a <see cref="Utf8JsonWriter"/>.</summary>
internal static class JsonOutput
{
    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        return stream.ToArray();
    }

    /// <summary>Writes a timestamp as epoch seconds (JSON number, fraction when there are milliseconds).</summary>
    public static void WriteTimestamp(this Utf8JsonWriter writer, string name, DateTimeOffset value) =>
        writer.WriteNumber(name, EpochTime.ToSeconds(value));
}
