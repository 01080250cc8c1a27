using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Sandbox.Ec2;
using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Generation;

/// <summary>
/// Plants EC2 instances into a generated estate: GPU/accelerator instances (some idle, some busy, some stopped), a couple of
/// CPU instances the collector must filter out, their <c>AWS/EC2</c> metrics and, where the CloudWatch agent runs, per-GPU
/// <c>CWAgent</c> nvidia_smi metrics. Uses its own random stream so the endpoints' stream is unchanged.
/// </summary>
internal static class Ec2Planter
{
    /// <summary>Why: XOR-ing the seed keeps EC2 planting deterministic without consuming the endpoint generator's stream.</summary>
    private const int SeedSalt = 0x0EC2;

    /// <summary>What the planter puts in every estate, whatever its scale (EC2 is a side estate next to the endpoints).</summary>
    internal static readonly IReadOnlyList<Ec2Blueprint> Blueprints =
    [
        new("g5.xlarge", "running", Ec2Usage.Idle, Agent: true, Spot: false, "research"),
        new("g4dn.xlarge", "running", Ec2Usage.Idle, Agent: false, Spot: false, "vision"),
        new("g5.2xlarge", "running", Ec2Usage.Idle, Agent: true, Spot: false, "nlp") { RightsizeTo = "g5.xlarge" },
        new("p3.2xlarge", "running", Ec2Usage.Busy, Agent: true, Spot: false, "training"),
        new("g5.12xlarge", "running", Ec2Usage.Busy, Agent: true, Spot: false, "llm"),
        new("g6.xlarge", "running", Ec2Usage.Busy, Agent: true, Spot: true, "batch"),
        new("g4dn.xlarge", "running", Ec2Usage.Busy, Agent: true, Spot: false, "vision"),
        new("inf2.xlarge", "running", Ec2Usage.Busy, Agent: false, Spot: false, "serving"),
        new("g4dn.2xlarge", "stopped", Ec2Usage.Busy, Agent: true, Spot: false, "research"),
        new("p3.8xlarge", "stopped", Ec2Usage.Busy, Agent: false, Spot: false, "training"),
        new("m5.large", "running", Ec2Usage.Busy, Agent: false, Spot: false, "platform"),
        new("c5.xlarge", "running", Ec2Usage.Idle, Agent: false, Spot: false, "platform"),
    ];

    /// <summary>
    /// Planted from scale <see cref="KindPlanner.AllNearMissesFrom"/> on, once per started 100 endpoints: opportunities for both EC2
    /// analyzers and a near miss just across each of their thresholds (the small estates keep only <see cref="Blueprints"/>).
    /// </summary>
    internal static readonly IReadOnlyList<Ec2Blueprint> Extras =
    [
        new("g4dn.xlarge", "running", Ec2Usage.Idle, Agent: true, Spot: true, "vision"),
        new("g6.xlarge", "running", Ec2Usage.IdleOneBusyDay, Agent: false, Spot: false, "research"),
        new("g5.12xlarge", "running", Ec2Usage.OneGpu, Agent: true, Spot: false, "llm") { RightsizeTo = "g5.xlarge" },
        new("g4dn.12xlarge", "running", Ec2Usage.OneGpu, Agent: true, Spot: false, "vision") { RightsizeTo = "g4dn.xlarge" },
        new("g5.4xlarge", "running", Ec2Usage.SingleGpuBusy, Agent: true, Spot: false, "serving") { RightsizeTo = "g5.xlarge" },
        new("g4dn.xlarge", "running", Ec2Usage.CpuEdge, Agent: false, Spot: false, "batch") { NearMiss = "CPU max 5.3% (threshold 5%) on 2 of 14 days" },
        new("g4dn.xlarge", "running", Ec2Usage.NetworkEdge, Agent: false, Spot: false, "batch") { NearMiss = "network 5.4 MB/day (threshold 5 MB) on 2 of 14 days" },
        new("g5.xlarge", "running", Ec2Usage.GpuEdge, Agent: true, Spot: false, "research") { NearMiss = "GPU max 6% (threshold 5%) on 2 of 14 days" },
        new("g6.xlarge", "running", Ec2Usage.Gap, Agent: false, Spot: false, "nlp") { NearMiss = "idle but monitored on only 12 of 14 days (needs 13)" },
        new("g5.xlarge", "running", Ec2Usage.Idle, Agent: true, Spot: false, "nlp") { Young = true, NearMiss = "idle but launched 9-11 days ago, inside the 14-day window" },
        new("g5.2xlarge", "stopped", Ec2Usage.Idle, Agent: true, Spot: false, "research") { NearMiss = "idle but stopped" },
        new("g5.12xlarge", "running", Ec2Usage.TwoGpuDemand, Agent: true, Spot: false, "llm") { RightsizeNearMiss = "GPU demand 0.85 + 20% = 1.02 GPUs, just over one" },
        new("g5.12xlarge", "running", Ec2Usage.MemoryHeavy, Agent: true, Spot: false, "llm") { RightsizeNearMiss = "26,600 MiB of GPU memory in use, more than one 24 GiB A10G" },
        new("g5.12xlarge", "running", Ec2Usage.OneGpu, Agent: false, Spot: false, "llm") { RightsizeNearMiss = "one GPU in use but no CloudWatch agent metrics" },
    ];

    /// <summary>Returns the estate with EC2 instances and their metrics added, and their ground truth appended to the two lists.</summary>
    public static SandboxEstate Plant(SandboxEstate estate, GeneratorOptions options, List<PlantedOpportunity> opportunities, List<NearMiss> nearMisses)
    {
        var rng = new Random(options.Seed ^ SeedSalt);
        var rounds = options.Scale >= KindPlanner.AllNearMissesFrom ? 1 + (options.Scale / 100) : 0;
        var plan = Blueprints.Concat(Enumerable.Range(0, rounds).SelectMany(_ => Extras)).ToList();
        var instances = new List<SandboxEc2Instance>(plan.Count);
        var series = estate.Metrics.Keys.ToDictionary(k => k, k => estate.Metrics.Find(k)!);
        for (var n = 0; n < plan.Count; n++)
        {
            var blueprint = plan[n];
            var instance = new SandboxEc2Instance
            {
                InstanceId = "i-0" + Convert.ToHexStringLower(BitConverter.GetBytes(rng.NextInt64()))[..16],
                InstanceType = blueprint.Type,
                State = blueprint.State,

                // Why: GPU boxes that matter have run for weeks (20-60 days back, on a minute boundary), so the 14-day window
                // is covered; the young near miss was launched 9-11 days ago.
                LaunchTime = estate.Now.AddMinutes(blueprint.Young ? -rng.Next(9 * 1440, 11 * 1440) : -rng.Next(20 * 1440, 60 * 1440)),
                AvailabilityZone = estate.Region + "abc"[rng.Next(3)],
                Lifecycle = blueprint.Spot ? "spot" : null,
                HasGpuAgentMetrics = blueprint.Agent,
                Tags = new Dictionary<string, string>
                {
                    ["Name"] = $"{blueprint.Team}-{blueprint.Type.Split('.')[0]}-{n + 1}",
                    ["team"] = blueprint.Team,
                },
            };
            instances.Add(instance);

            // Why: a stopped instance published metrics until it was stopped, 2-10 days ago.
            var end = blueprint.State == "stopped" ? estate.Now.AddHours(-rng.Next(48, 240)) : estate.Now;
            var start = EstateGenerator.SeriesStart(instance.LaunchTime, estate.Now);
            Ec2SeriesWriter.Write(series, instance, start, end, blueprint.Usage, GpuOf(instance.InstanceType), rng);
            Record(blueprint, instance, estate, opportunities, nearMisses);
        }

        return estate with { Ec2Instances = instances, Metrics = new MetricStore(series) };
    }

    /// <summary>Why: the analyzer ids, spelled as the analyzers spell them (the sandbox does not reference the analyzers).</summary>
    internal const string IdleAnalyzer = "ec2-gpu-idle";

    internal const string RightsizeAnalyzer = "ec2-gpu-rightsize";

    /// <summary>Writes one instance's ground truth with the savings the analyzers compute (same prices, rounded once).</summary>
    private static void Record(Ec2Blueprint blueprint, SandboxEc2Instance instance, SandboxEstate estate, List<PlantedOpportunity> opportunities, List<NearMiss> nearMisses)
    {
        var id = instance.InstanceId;
        var accelerated = BundledPriceBook.Default.Spec(instance.InstanceType) is { Accelerator: not "none" };
        var idle = blueprint.Usage is Ec2Usage.Idle or Ec2Usage.IdleOneBusyDay;
        if (accelerated && idle && blueprint.State == "running" && !blueprint.Young)
        {
            var hourly = blueprint.Spot
                ? SpotPriceModel.Price(instance.InstanceType, estate.Region, instance.AvailabilityZone, SpotPriceModel.Floor(estate.Now))!.Value
                : OnDemand(instance.InstanceType, estate.Region);
            opportunities.Add(new PlantedOpportunity(IdleAnalyzer, id, MonthlySavings.RoundCents(hourly * MonthlySavings.HoursPerMonth)));
        }

        if (blueprint.RightsizeTo is { } target)
        {
            var hourly = OnDemand(instance.InstanceType, estate.Region) - OnDemand(target, estate.Region);
            opportunities.Add(new PlantedOpportunity(RightsizeAnalyzer, id, MonthlySavings.RoundCents(hourly * MonthlySavings.HoursPerMonth)));
        }

        if (blueprint.NearMiss is { } reason)
        {
            nearMisses.Add(new NearMiss(IdleAnalyzer, id, reason));
        }

        if (blueprint.RightsizeNearMiss is { } rightsizeReason)
        {
            nearMisses.Add(new NearMiss(RightsizeAnalyzer, id, rightsizeReason));
        }
    }

    private static decimal OnDemand(string type, string region) =>
        BundledPriceBook.Default.Find(type, region, PriceComponent.Ec2)?.HourlyUsd
        ?? throw new InvalidOperationException($"No EC2 price for '{type}' in {region}.");

    private static InstanceSpec? GpuOf(string type) =>
        BundledPriceBook.Default.Spec(type) is { Accelerator: "gpu" } spec ? spec : null;

    /// <summary>The host name the agent reports (same as DescribeInstances' privateDnsName).</summary>
    internal static string Host(SandboxEc2Instance instance) => Ec2InstanceXml.PrivateDns(instance);
}

/// <summary>How busy a planted instance is.</summary>
internal enum Ec2Usage
{
    /// <summary>CPU below 5%, network below 5 MB a day, GPUs at 0-1%.</summary>
    Idle,

    /// <summary>CPU 30-85%, hundreds of MB an hour, GPUs 40-95%.</summary>
    Busy,

    /// <summary>Idle, except CPU 40% through the third-last day (13 of 14 days idle: still idle).</summary>
    IdleOneBusyDay,

    /// <summary>Idle, except a CPU maximum of 5.3% on each of the last two days.</summary>
    CpuEdge,

    /// <summary>Idle, except 5.4 MB of network on each of the last two days.</summary>
    NetworkEdge,

    /// <summary>Idle, except GPU 0 at 6% for an hour on each of the last two days.</summary>
    GpuEdge,

    /// <summary>Idle, with no datapoints at all in the last two days.</summary>
    Gap,

    /// <summary>Busy network, CPU 1-4%, GPU 0 at 10-30% and the other GPUs at 0-1%: fits one GPU.</summary>
    OneGpu,

    /// <summary>One GPU at 40-80%, CPU 5-15%, busy network (a large single-GPU size).</summary>
    SingleGpuBusy,

    /// <summary>Busy network, GPU 0 at 45% and GPU 1 at 40%: just over one GPU with headroom.</summary>
    TwoGpuDemand,

    /// <summary>Busy network, low GPU use, 26,600 MiB of GPU memory in use.</summary>
    MemoryHeavy,
}

/// <summary>One planted instance's kind, with what the analyzers must conclude about it.</summary>
internal sealed record Ec2Blueprint(string Type, string State, Ec2Usage Usage, bool Agent, bool Spot, string Team)
{
    /// <summary>The type ec2-gpu-rightsize must recommend, or null.</summary>
    public string? RightsizeTo { get; init; }

    /// <summary>Why ec2-gpu-idle must not recommend it (a near miss), or null.</summary>
    public string? NearMiss { get; init; }

    /// <summary>Why ec2-gpu-rightsize must not recommend it (a near miss), or null.</summary>
    public string? RightsizeNearMiss { get; init; }

    /// <summary>Launched inside the window.</summary>
    public bool Young { get; init; }
}
