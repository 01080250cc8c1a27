namespace Advisor.Aws.Protocol;

/// <summary>
/// A client-wide "not before" instant, pushed out whenever AWS throttles a call (adaptive retry mode). Every call of the
/// client waits for it before sending, so parallel callers slow down together rather than each retrying into the quota.
/// </summary>
internal sealed class ThrottlePause(TimeProvider time)
{
    private readonly Lock _gate = new();
    private DateTimeOffset _notBefore = DateTimeOffset.MinValue;

    /// <summary>Pushes the pause out to at least now + <paramref name="delay"/>.</summary>
    public void Extend(TimeSpan delay)
    {
        var until = time.GetUtcNow() + delay;
        lock (_gate)
        {
            if (until > _notBefore)
            {
                _notBefore = until;
            }
        }
    }

    /// <summary>Waits until the pause is over (returns at once when there is none).</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            DateTimeOffset notBefore;
            lock (_gate)
            {
                notBefore = _notBefore;
            }

            var wait = notBefore - time.GetUtcNow();
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, time, cancellationToken);
        }
    }
}
