using Microsoft.Extensions.Time.Testing;

namespace Advisor.Storage.Tests.Support;

/// <summary>Base of every contract test class: a migrated store on a fresh database of the derived class's backend, and a fake clock.</summary>
public abstract class StoreContract(IStoreBackend backend) : IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _owned = [];

    protected static readonly DateTimeOffset Start = new(2026, 3, 2, 6, 0, 0, TimeSpan.Zero);

    protected FakeTimeProvider Clock { get; } = new(Start);

    protected StorageOptions Options { get; private set; } = new();

    protected AdvisorStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Options = await backend.CreateOptionsAsync();
        Store = await OpenAsync(migrate: true);
    }

    /// <summary>Another store on the same database (a second process or replica), disposed with the test.</summary>
    protected async Task<AdvisorStore> OpenAsync(bool migrate)
    {
        var store = Own(AdvisorStore.Open(Options, Clock));
        if (migrate)
        {
            await store.MigrateAsync();
        }

        return store;
    }

    /// <summary>Disposes <paramref name="disposable"/> with the test, before the backend, newest first.</summary>
    protected T Own<T>(T disposable) where T : IAsyncDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }

    public async Task DisposeAsync()
    {
        for (var i = _owned.Count - 1; i >= 0; i--)
        {
            await _owned[i].DisposeAsync();
        }

        await backend.DisposeAsync();
    }
}
