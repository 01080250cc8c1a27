namespace Advisor.Sandbox.Generation;

/// <summary>Decides how many endpoints of each <see cref="EndpointKind"/> an estate gets, and in which (shuffled) order.</summary>
internal static class KindPlanner
{
    /// <summary>Every near-miss kind; at scale ≥ <see cref="AllNearMissesFrom"/> each appears at least once.</summary>
    public static readonly EndpointKind[] NearMissKinds =
    [
        EndpointKind.NearOneInvocation, EndpointKind.NearYoung, EndpointKind.NearMonitoringGap, EndpointKind.NearOneVariantBusy,
        EndpointKind.NearServerless, EndpointKind.NearNotInService, EndpointKind.NearScaleToZero,
    ];

    /// <summary>Why: the brief's floor; 20 endpoints leave room for ~3 idle, 7 near misses and ~10 busy.</summary>
    public const int AllNearMissesFrom = 20;

    public static List<EndpointKind> Plan(int scale, Random rng)
    {
        // Why: 15–20% of endpoints idle is what cost reviews of real ML accounts typically find.
        var idle = scale >= 3 ? Math.Max(1, (int)Math.Round(scale * (0.15 + (0.05 * rng.NextDouble())), MidpointRounding.AwayFromZero)) : 0;
        var sinceTwenty = scale >= AllNearMissesFrom ? Math.Max(1, (int)Math.Round(idle * 0.15)) : 0;
        // Why: about one idle endpoint in five is a two-variant (A/B) endpoint left behind whole.
        var twoVariants = scale >= 10 ? Math.Max(1, (int)Math.Round(idle * 0.2)) : 0;
        var single = idle - sinceTwenty - twoVariants;

        var kinds = new List<EndpointKind>(scale);
        kinds.AddRange(Enumerable.Repeat(EndpointKind.Idle, single));
        kinds.AddRange(Enumerable.Repeat(EndpointKind.IdleTwoVariants, twoVariants));
        kinds.AddRange(Enumerable.Repeat(EndpointKind.IdleSinceTwentyDays, sinceTwenty));

        if (scale >= AllNearMissesFrom)
        {
            // Why: ~1.2% of the estate per near-miss kind (≈ 8% in all) keeps the traps visible at every scale.
            var perKind = Math.Max(1, (int)Math.Round(scale * 0.012));
            foreach (var kind in NearMissKinds)
            {
                kinds.AddRange(Enumerable.Repeat(kind, perKind));
            }
        }
        else
        {
            // Small estates: as many near-miss kinds as fit while keeping at least a third of the estate busy.
            var room = Math.Max(0, scale - idle - ((scale + 2) / 3));
            kinds.AddRange(NearMissKinds.Take(room));
        }

        var busy = scale - kinds.Count;
        // Why: a few percent of busy endpoints are serverless (spiky, low-volume workloads).
        var serverless = busy >= 10 ? (int)Math.Round(busy * 0.05) : 0;
        kinds.AddRange(Enumerable.Repeat(EndpointKind.BusyServerless, serverless));
        kinds.AddRange(Enumerable.Repeat(EndpointKind.Busy, busy - serverless));

        for (var i = kinds.Count - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (kinds[i], kinds[j]) = (kinds[j], kinds[i]);
        }

        return kinds;
    }
}
