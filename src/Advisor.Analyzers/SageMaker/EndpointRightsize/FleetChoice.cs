namespace Advisor.Analyzers.SageMaker.EndpointRightsize;

/// <summary>A candidate fleet for a variant: a hosting type and an instance count.</summary>
internal sealed record FleetChoice(HostingType Type, int Count)
{
    public decimal HourlyUsd => Type.Quote.HourlyUsd * Count;

    /// <summary>The fewest instances a variant of <paramref name="count"/> may keep.</summary>
    /// <remarks>Why: a variant with 2+ instances spreads over Availability Zones; going below 2 would give up that resilience.</remarks>
    public static int Floor(int count) => count >= 2 ? 2 : 1;

    /// <summary>
    /// The cheapest fleet that holds the demand and costs less than the current one: the current type with fewer instances or a
    /// cheaper type of the same family and GPU model, keeping at least 2 instances where there were at least 2. Ties keep the
    /// current type, then more instances (the smaller change). Null when nothing cheaper fits.
    /// </summary>
    public static FleetChoice? Cheapest(HostingType current, int count, IReadOnlyList<HostingType> cheaper, VariantDemand demand)
    {
        var floor = Floor(count);
        var currentHourly = current.Quote.HourlyUsd * count;
        FleetChoice? best = null;
        foreach (var type in cheaper.Prepend(current))
        {
            for (var n = count; n >= floor; n--)
            {
                var fleet = new FleetChoice(type, n);
                if ((ReferenceEquals(type, current) && n == count)
                    || fleet.HourlyUsd >= currentHourly
                    || !demand.FitsOn(type.Spec, n, current.Spec))
                {
                    continue;
                }

                if (best is null || fleet.HourlyUsd < best.HourlyUsd)
                {
                    best = fleet;
                }
            }
        }

        return best;
    }
}
