using System.Text.Json;
using Advisor.Host.Cycle;
using Advisor.Sandbox.Estate;

namespace Advisor.Host.Publishing;

/// <summary>Writes a cycle's outputs to a directory: recommendations.json, report.md, report.csv (and ground-truth.json for a demo).</summary>
public static class OutputWriter
{
    /// <summary>Writes every file, each first to a temporary name and then moved into place, so a reader never sees half a file.</summary>
    public static List<string> Write(string directory, CycleResult result, GroundTruth? groundTruth)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>
        {
            WriteAtomically(directory, "recommendations.json", w =>
                w.Write(JsonSerializer.Serialize(RecommendationsDocument.From(result), RecommendationsDocument.JsonOptions))),
            WriteAtomically(directory, "report.md", w => w.Write(MarkdownReport.Render(result))),
            WriteAtomically(directory, "report.csv", w => CsvReport.Write(result, w)),
        };
        if (groundTruth is not null)
        {
            written.Add(WriteAtomically(directory, "ground-truth.json", w =>
                w.Write(JsonSerializer.Serialize(groundTruth, RecommendationsDocument.JsonOptions))));
        }

        return written;
    }

    /// <summary>Writes one more JSON document next to the reports (e.g. the sandbox's call counts).</summary>
    public static string WriteJson<T>(string directory, string name, T value) =>
        WriteAtomically(directory, name, w => w.Write(JsonSerializer.Serialize(value, RecommendationsDocument.JsonOptions)));

    private static string WriteAtomically(string directory, string name, Action<TextWriter> write)
    {
        var path = Path.Combine(directory, name);
        var temp = path + ".tmp";
        using (var writer = new StreamWriter(temp))
        {
            write(writer);
        }

        File.Move(temp, path, overwrite: true);
        return path;
    }
}
