using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Logging;

namespace Advisor.Aws.Collection.Costs;

/// <summary>
/// An <see cref="ICostCache"/> of JSON files, one per account and UTC day (<c>costs-{account}-{yyyy-MM-dd}.json</c>), so it survives restarts.
/// Writes are atomic (temp file, then rename); older days of the same account are deleted when a new day is stored.
/// An unreadable file counts as a miss (and is logged), never as "no costs".
/// </summary>
public sealed class FileCostCache : ICostCache
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    private readonly string _directory;
    private readonly ILogger<FileCostCache> _logger;

    public FileCostCache(string directory, ILogger<FileCostCache> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        _directory = Path.GetFullPath(directory);
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>The directory the files live in.</summary>
    public string Directory => _directory;

    /// <inheritdoc />
    public async Task<CostCacheEntry?> TryGetAsync(string account, DateOnly day, CancellationToken cancellationToken = default)
    {
        var path = PathOf(account, day);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            await using var stream = File.OpenRead(path);
            return await JsonSerializer.DeserializeAsync<CostCacheEntry>(stream, Json, cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or IOException or NotSupportedException)
        {
            _logger.LogWarning(ex, "Ignoring unreadable cost cache file {Path}", path);
            return null;
        }
    }

    /// <inheritdoc />
    public async Task StoreAsync(string account, DateOnly day, CostCacheEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var path = PathOf(account, day);
        System.IO.Directory.CreateDirectory(_directory);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await using (var stream = File.Create(temp))
        {
            await JsonSerializer.SerializeAsync(stream, entry, Json, cancellationToken);
        }

        File.Move(temp, path, overwrite: true);
        foreach (var old in System.IO.Directory.EnumerateFiles(_directory, $"costs-{account}-*.json").Where(f => f != path))
        {
            TryDelete(old);
        }
    }

    private string PathOf(string account, DateOnly day) => Path.Combine(
        _directory, $"costs-{CostCacheKey.Account(account)}-{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.json");

    private void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogDebug(ex, "Could not delete old cost cache file {Path}", path);
        }
    }
}
