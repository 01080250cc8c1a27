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

    /// <summary>Called under the lock after a change that replaced the list, with the items as they were before it (the bill's history).</summary>
    internal Action<ImmutableList<T>>? Changed { get; set; }

    public int Count => Volatile.Read(ref _items).Count;

    public T this[int index] => Volatile.Read(ref _items)[index];

    /// <summary>Applies <paramref name="change"/> under a lock (changes never interleave) and publishes the new list.</summary>
    public TResult Update<TResult>(Func<ImmutableList<T>, (ImmutableList<T> Next, TResult Result)> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            var previous = _items;
            var (next, result) = change(previous);
            Volatile.Write(ref _items, next);
            if (!ReferenceEquals(previous, next))
            {
                Changed?.Invoke(previous);
            }

            return result;
        }
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Volatile.Read(ref _items)).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
