namespace Advisor.Aws.Tests.Moto;

/// <summary>The last lines a child process wrote, thread-safe (its output arrives on thread-pool threads).</summary>
public sealed class BoundedLog
{
    /// <summary>Why: werkzeug logs one line per request; the last 200 hold the start-up traceback or the failing requests.</summary>
    private const int MaxLines = 200;

    private readonly Queue<string> _lines = new();
    private readonly Lock _gate = new();

    /// <summary>The kept lines, oldest first, one per line.</summary>
    public string Text
    {
        get
        {
            lock (_gate)
            {
                return string.Join('\n', _lines);
            }
        }
    }

    /// <summary>Keeps <paramref name="line"/>, dropping the oldest line past the limit. Null (end of stream) is ignored.</summary>
    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            _lines.Enqueue(line);
            if (_lines.Count > MaxLines)
            {
                _lines.Dequeue();
            }
        }
    }
}
