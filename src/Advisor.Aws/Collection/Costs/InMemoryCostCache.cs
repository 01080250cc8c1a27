using System.Collections.Concurrent;

namespace Advisor.Aws.Collection.Costs;

/// <summary>An <see cref="ICostCache"/> that lives as long as the process (tests, one-shot scans).</summary>
public sealed class InMemoryCostCache : ICostCache
{
    private readonly ConcurrentDictionary<(string Account, DateOnly Day), CostCacheEntry> _entries = new();

    /// <inheritdoc />
    public Task<CostCacheEntry?> TryGetAsync(string account, DateOnly day, CancellationToken cancellationToken = default) =>
        Task.FromResult(_entries.GetValueOrDefault((CostCacheKey.Account(account), day)));

    /// <inheritdoc />
    public Task StoreAsync(string account, DateOnly day, CostCacheEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _entries[(CostCacheKey.Account(account), day)] = entry;
        return Task.CompletedTask;
    }
}
