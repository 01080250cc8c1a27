using Advisor.Remediation.Execution;
using Advisor.Remediation.Kinds;
using Advisor.Remediation.Planning;
using Advisor.Remediation.Policy;
using Advisor.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace Advisor.Remediation.Tests.Support;

/// <summary>Remediation wired to a real sandbox and a real SQLite store in a temp directory.</summary>
internal sealed class Engine : IAsyncDisposable
{
    private readonly string _directory;

    private Engine(SandboxRig rig, AdvisorStore store, RemediationOptions options, string directory)
        : this(rig, store, options, directory, ActionKinds.Create(options, rig.Time))
    {
    }

    private Engine(SandboxRig rig, AdvisorStore store, RemediationOptions options, string directory, ActionKinds kinds)
    {
        Rig = rig;
        Store = store;
        Options = options;
        _directory = directory;
        Kinds = kinds;
        Planner = new RemediationPlanner(store.Journal, kinds, rig.Clients, options, rig.Time, NullLogger<RemediationPlanner>.Instance);
        Executor = new RemediationExecutor(store, kinds, rig.Clients, options, rig.Time, NullLogger<RemediationExecutor>.Instance);
        Reconciler = new RemediationReconciler(store, kinds, rig.Clients, Executor, rig.Time, NullLogger<RemediationReconciler>.Instance);
        Decisions = new ActionDecisions(store, kinds, rig.Clients, rig.Time, NullLogger<ActionDecisions>.Instance);
    }

    public SandboxRig Rig { get; }

    /// <summary>Every kind, right-size-variant waiting with the engine's zero poll interval.</summary>
    public ActionKinds Kinds { get; }

    public AdvisorStore Store { get; }

    public RemediationOptions Options { get; }

    public RemediationPlanner Planner { get; }

    public RemediationExecutor Executor { get; }

    public RemediationReconciler Reconciler { get; }

    public ActionDecisions Decisions { get; }

    /// <summary>An engine whose every kind is enabled, not dry-run, with <paramref name="configure"/> applied to each kind's policy.</summary>
    public static async Task<Engine> StartAsync(Action<ActionPolicy>? configure = null, bool dryRun = false)
    {
        var options = new RemediationOptions { Enabled = true, PollInterval = TimeSpan.Zero, MaxPolls = 3 };
        foreach (var kind in ActionKindIds.All)
        {
            var policy = new ActionPolicy { Enabled = true, DryRun = dryRun, MinConfidence = Core.Domain.Confidence.Medium };
            configure?.Invoke(policy);
            options.Kinds[kind] = policy;
        }

        var directory = Path.Combine(Path.GetTempPath(), "advisor-remediation-" + Guid.NewGuid().ToString("N")[..12]);
        var rig = await SandboxRig.StartAsync();
        var store = await AdvisorStore.OpenMigratedAsync(
            new StorageOptions { Provider = StorageProvider.Sqlite, DataDirectory = directory }, rig.Time);
        return new Engine(rig, store, options, directory);
    }

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        await Rig.DisposeAsync();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
