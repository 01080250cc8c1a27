using Advisor.Core.Snapshots;

namespace Advisor.Aws.Collection.Costs;

/// <summary>
/// Cost Explorer results kept per account and UTC day, so a second cycle on the same day makes no (billed) Cost Explorer call.
/// Implementations: <see cref="FileCostCache"/> (survives restarts) and <see cref="InMemoryCostCache"/>.
/// </summary>
public interface ICostCache
{
    /// <summary>The entry stored for <paramref name="account"/> on <paramref name="day"/>, or null.</summary>
    Task<CostCacheEntry?> TryGetAsync(string account, DateOnly day, CancellationToken cancellationToken = default);

    /// <summary>Stores (replaces) the entry for <paramref name="account"/> on <paramref name="day"/>.</summary>
    Task StoreAsync(string account, DateOnly day, CostCacheEntry entry, CancellationToken cancellationToken = default);
}

/// <summary>What was fetched for an account on a day, with the source's health then (e.g. the savings-plan part denied).</summary>
public sealed record CostCacheEntry(CostData Data, SourceHealth Health, string? Detail);

/// <summary>Checks cache keys: account ids become file names, so only letters, digits, '-' and '_' are allowed.</summary>
internal static class CostCacheKey
{
    public static string Account(string account)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(account);

        // Why: the account is part of a file name; anything else could escape the cache directory.
        if (account.Length > 64 || !account.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException($"Account \"{account}\" cannot be a cache key: use letters, digits, '-' or '_' (at most 64).", nameof(account));
        }

        return account;
    }
}
