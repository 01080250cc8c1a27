using System.Collections.Concurrent;
using System.Diagnostics;

namespace Advisor.Host.Tests.Operations.Harness;

/// <summary>A long-running child process (the daemon, Prometheus) whose output is kept for failure messages; killed on dispose.</summary>
internal sealed class ChildProcess : IDisposable
{
    // Why: the last lines are enough to see why a process died; the whole log could be megabytes.
    private const int KeptLines = 80;
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private ChildProcess(Process process, string name)
    {
        _process = process;
        Name = name;
    }

    public string Name { get; }

    public bool HasExited => _process.HasExited;

    public static ChildProcess Start(string name, string fileName, IEnumerable<string> args, string workingDirectory)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var process = new Process { StartInfo = info };
        var child = new ChildProcess(process, name);
        process.OutputDataReceived += (_, e) => child.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => child.Keep(e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException($"Could not start {fileName}");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>The kept tail of the output, for an assertion message.</summary>
    public string Tail() => $"--- {Name} ({(_process.HasExited ? "exited " + _process.ExitCode : "running")}) ---\n" + string.Join('\n', _lines);

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _lines.Enqueue(line);
        while (_lines.Count > KeptLines && _lines.TryDequeue(out _))
        {
        }
    }
}
