using System.Collections;
using System.Collections.Immutable;

namespace Advisor.Sandbox.Estate;

/// <summary>
/// A resource list that mutating operations (DeleteEndpoint, StopInstances, ...) replace atomically. Readers enumerate a
/// consistent snapshot, so a listing served while a delete lands sees the estate either before or after it, never half.
/// </summary>
public sealed class LiveList<T> : IReadOnlyList<T>
{
    private readonly Lock _gate = new();
    private ImmutableList<T> _items;

    public LiveList(IEnumerable<T> items)
    {
        _items = ImmutableList.CreateRange(items);
    }

    public int Count => Volatile.Read(ref _items).Count;

    public T this[int index] => Volatile.Read(ref _items)[index];

    /// <summary>Applies <paramref name="change"/> under a lock (changes never interleave) and publishes the new list.</summary>
    public TResult Update<TResult>(Func<ImmutableList<T>, (ImmutableList<T> Next, TResult Result)> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            var (next, result) = change(_items);
            Volatile.Write(ref _items, next);
            return result;
        }
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Volatile.Read(ref _items)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
