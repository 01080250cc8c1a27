namespace Advisor.Host.Daemon;

/// <summary>The daemon's settings (section <c>Daemon</c>): where it listens, when it scans and reports, and how jobs run.</summary>
public sealed class DaemonOptions
{
    public const string SectionName = "Daemon";

    /// <summary>Listen URL(s), separated by <c>;</c>. Why loopback: the API holds decisions; exposing it is an explicit choice.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:5080";

    /// <summary>Start a cycle as soon as the daemon is up; null means "yes with --sandbox, no otherwise".</summary>
    public bool? RunOnStart { get; set; }

    public ScheduleOptions Schedules { get; set; } = new();

    public JobOptions Jobs { get; set; } = new();

    public SandboxSettings Sandbox { get; set; } = new();
}

/// <summary>Quartz cron expressions (seconds field first, UTC), section <c>Daemon:Schedules</c>.</summary>
public sealed class ScheduleOptions
{
    /// <summary>Why every 6 hours: CloudWatch hourly datapoints and Cost Explorer's daily data change little faster than that.</summary>
    public string Scan { get; set; } = "0 0 0/6 * * ?";

    /// <summary>Monday 07:00 UTC: ready when the FinOps week starts.</summary>
    public string Report { get; set; } = "0 0 7 ? * MON";

    /// <summary>
    /// When the daemon runs remediation entries that became due (grace period over, or approved). Why every 5 minutes: grace
    /// periods are hours to days long; an approval takes effect within minutes without polling AWS needlessly.
    /// </summary>
    public string Remediation { get; set; } = "0 0/5 * * * ?";
}

/// <summary>Hangfire settings, section <c>Daemon:Jobs</c>.</summary>
public sealed class JobOptions
{
    /// <summary><c>InMemory</c> or <c>Sqlite</c> (file under the data directory); ignored when the store is PostgreSQL (jobs go there too).</summary>
    public JobStorageKind Storage { get; set; } = JobStorageKind.Sqlite;

    /// <summary>Why 2: two cores is the smallest machine we run on; collection is I/O-bound but AWS throttles per account.</summary>
    public int WorkerCount { get; set; } = 2;

    /// <summary>Attempts of a scope's collection before the scope is marked failed. Why 3: a throttled or flaky API usually recovers by then.</summary>
    public int CollectAttempts { get; set; } = 3;

    /// <summary>Delay before a retry of a failed collection, doubled each attempt. Why 10 s: throttling windows are seconds long.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long shutdown waits for a running job before handing it back to the queue.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>Where Hangfire keeps its queue when the store is SQLite.</summary>
public enum JobStorageKind
{
    InMemory,
    Sqlite,
}

/// <summary>The generated estate served by <c>serve --sandbox</c>, section <c>Daemon:Sandbox</c>.</summary>
public sealed class SandboxSettings
{
    public int Seed { get; set; } = 1;

    /// <summary>Endpoints in the generated estate. Why 40: the demo's size, a few seconds per cycle.</summary>
    public int Scale { get; set; } = 40;
}
