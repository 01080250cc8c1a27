using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Advisor.Aws.Pricing;
using Advisor.Core.Pricing;
using Microsoft.Extensions.Logging;

namespace Advisor.Aws.Collection.Prices;

/// <summary>
/// A day's Price List answers per region × type × component, in memory and (when a directory is given) in
/// <c>prices-{region}-{yyyy-MM-dd}.json</c>, so a restart the same day asks nothing again. A null price means "the API has no row".
/// Failures are never cached.
/// </summary>
public sealed class PriceCache
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    private readonly string? _directory;
    private readonly ILogger<PriceCache> _logger;
    private readonly ConcurrentDictionary<(string Region, DateOnly Day), ConcurrentDictionary<string, PriceCacheEntry>> _days = new();

    public PriceCache(string? directory, ILogger<PriceCache> logger)
    {
        _directory = string.IsNullOrWhiteSpace(directory) ? null : Path.GetFullPath(directory);
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>True with the cached answer (whose price may be null: no row), false when nothing is cached.</summary>
    public bool TryGet(string region, DateOnly day, PriceNeed need, out SelectedPrice? price)
    {
        var found = Day(region, day).TryGetValue(Key(need), out var entry);
        price = entry?.Price;
        return found;
    }

    /// <summary>Remembers an answer in memory; <see cref="FlushAsync"/> writes the day to disk.</summary>
    public void Put(string region, DateOnly day, PriceNeed need, SelectedPrice? price) =>
        Day(region, day)[Key(need)] = new PriceCacheEntry(need.InstanceType, need.Component, price);

    /// <summary>Writes the region's day to its file (atomically), when a directory is configured.</summary>
    public async Task FlushAsync(string region, DateOnly day, CancellationToken cancellationToken)
    {
        if (_directory is null)
        {
            return;
        }

        Directory.CreateDirectory(_directory);
        var path = PathOf(region, day);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await using (var stream = File.Create(temp))
        {
            await JsonSerializer.SerializeAsync(stream, Day(region, day).Values.ToList(), Json, cancellationToken);
        }

        File.Move(temp, path, overwrite: true);
    }

    private ConcurrentDictionary<string, PriceCacheEntry> Day(string region, DateOnly day) =>
        _days.GetOrAdd((CheckRegion(region), day), key => Load(key.Region, key.Day));

    private ConcurrentDictionary<string, PriceCacheEntry> Load(string region, DateOnly day)
    {
        var entries = new ConcurrentDictionary<string, PriceCacheEntry>(StringComparer.Ordinal);
        if (_directory is null || !File.Exists(PathOf(region, day)))
        {
            return entries;
        }

        try
        {
            foreach (var entry in JsonSerializer.Deserialize<List<PriceCacheEntry>>(File.ReadAllText(PathOf(region, day)), Json) ?? [])
            {
                entries[Key(new PriceNeed(entry.InstanceType, entry.Component))] = entry;
            }
        }
        catch (Exception ex) when (ex is JsonException or IOException or NotSupportedException)
        {
            _logger.LogWarning(ex, "Ignoring unreadable price cache file {Path}", PathOf(region, day));
        }

        return entries;
    }

    private string PathOf(string region, DateOnly day) =>
        Path.Combine(_directory!, $"prices-{region}-{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.json");

    private static string Key(PriceNeed need) => need.Component + "|" + need.InstanceType;

    private static string CheckRegion(string region)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(region);

        // Why: the region is part of a file name; region names are lower-case letters, digits and dashes.
        if (!region.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new ArgumentException($"\"{region}\" is not an AWS region name.", nameof(region));
        }

        return region;
    }
}

/// <summary>One cached Price List answer; a null price means the API had no qualifying row.</summary>
public sealed record PriceCacheEntry(string InstanceType, PriceComponent Component, SelectedPrice? Price);
