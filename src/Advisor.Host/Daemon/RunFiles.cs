using System.Text.Json;
using System.Text.Json.Serialization;
using Advisor.Core.Snapshots;

namespace Advisor.Host.Daemon;

/// <summary>
/// A run's working files under <c>&lt;data-dir&gt;/snapshots/&lt;runId&gt;/</c>: one serialised <see cref="ScopeSnapshot"/> per collected
/// scope (<c>&lt;account&gt;-&lt;region&gt;.json</c>), a <c>.failed</c> note per scope that could not be collected, and a marker that
/// lets exactly one job start the analysis when the last scope is in.
/// </summary>
public sealed class RunFiles(string dataDirectory)
{
    /// <summary>Why not the published options: a snapshot must round-trip exactly (enums as text for people who open the files).</summary>
    public static JsonSerializerOptions SnapshotJson { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public string DataDirectory { get; } = dataDirectory;

    public string RunDirectory(string runId) => Path.Combine(DataDirectory, "snapshots", SafeName(runId));

    public static string ScopeKey(string? account, string region) => SafeName((account ?? "default") + "-" + region);

    public async Task WriteSnapshotAsync(string runId, string? account, string region, ScopeSnapshot snapshot, CancellationToken ct)
    {
        var path = Path.Combine(Directory.CreateDirectory(RunDirectory(runId)).FullName, ScopeKey(account, region) + ".json");
        var temp = path + ".tmp";
        await using (var stream = File.Create(temp))
        {
            await JsonSerializer.SerializeAsync(stream, snapshot, SnapshotJson, ct);
        }

        File.Move(temp, path, overwrite: true);
    }

    public async Task WriteFailureAsync(string runId, string? account, string region, string error, CancellationToken ct)
    {
        var path = Path.Combine(Directory.CreateDirectory(RunDirectory(runId)).FullName, ScopeKey(account, region) + ".failed");
        await File.WriteAllTextAsync(path, error, ct);
    }

    /// <summary>True when every scope has a snapshot or a failure note.</summary>
    public bool AllScopesIn(string runId, IEnumerable<(string? Account, string Region)> scopes)
    {
        var dir = RunDirectory(runId);
        return scopes.All(s => File.Exists(Path.Combine(dir, ScopeKey(s.Account, s.Region) + ".json"))
            || File.Exists(Path.Combine(dir, ScopeKey(s.Account, s.Region) + ".failed")));
    }

    /// <summary>Claims the right to start the analysis; only the first caller gets true (an atomic create on the file system).</summary>
    public bool TryClaimAnalysis(string runId)
    {
        try
        {
            using var _ = new FileStream(Path.Combine(Directory.CreateDirectory(RunDirectory(runId)).FullName, "analysis.claimed"),
                FileMode.CreateNew, FileAccess.Write);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<ScopeSnapshot>> ReadSnapshotsAsync(string runId, CancellationToken ct)
    {
        var dir = RunDirectory(runId);
        var snapshots = new List<ScopeSnapshot>();
        if (!Directory.Exists(dir))
        {
            return snapshots;
        }

        foreach (var file in Directory.GetFiles(dir, "*.json").Order(StringComparer.Ordinal))
        {
            await using var stream = File.OpenRead(file);
            snapshots.Add(await JsonSerializer.DeserializeAsync<ScopeSnapshot>(stream, SnapshotJson, ct)
                ?? throw new InvalidDataException($"Snapshot file '{file}' is empty."));
        }

        return snapshots;
    }

    /// <summary>Scope key → error of every scope that could not be collected.</summary>
    public IReadOnlyDictionary<string, string> ReadFailures(string runId)
    {
        var dir = RunDirectory(runId);
        return Directory.Exists(dir)
            ? Directory.GetFiles(dir, "*.failed").ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllText, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);
    }

    /// <summary>
    /// Deletes the snapshot folders of all but the newest <paramref name="keep"/> runs (run ids sort by start time).
    /// Why keep some: a run's snapshots let an analysis be replayed or debugged; why not all: four runs a day add up.
    /// </summary>
    public int Prune(int keep)
    {
        var root = Path.Combine(DataDirectory, "snapshots");
        if (!Directory.Exists(root))
        {
            return 0;
        }

        var old = Directory.GetDirectories(root).Order(StringComparer.Ordinal).SkipLast(keep).ToList();
        foreach (var dir in old)
        {
            Directory.Delete(dir, recursive: true);
        }

        return old.Count;
    }

    private static string SafeName(string name) =>
        string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_'));
}
