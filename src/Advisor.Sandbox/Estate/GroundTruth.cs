namespace Advisor.Sandbox.Estate;

/// <summary>
/// The opportunities planted in a generated estate (what a perfect advisor recommends), plus the near misses
/// planted just on the other side of a threshold (what it must not recommend). Written as ground-truth.json.
/// </summary>
public sealed record GroundTruth(IReadOnlyList<PlantedOpportunity> Opportunities, IReadOnlyList<NearMiss> NearMisses);

/// <summary>One planted opportunity. <see cref="ResourceId"/> equals the recommendation's resource.id (an endpoint's name).</summary>
public sealed record PlantedOpportunity(string Analyzer, string ResourceId, decimal MonthlySavings);

/// <summary>A resource planted to look like an opportunity but which must not be recommended, and why.</summary>
public sealed record NearMiss(string Analyzer, string ResourceId, string Reason);
