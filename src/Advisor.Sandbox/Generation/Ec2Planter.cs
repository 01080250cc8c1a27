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
        new("g5.2xlarge", "running", Ec2Usage.Idle, Agent: true, Spot: false, "nlp"),
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

    /// <summary>Returns the estate with EC2 instances and their metrics added.</summary>
    public static SandboxEstate Plant(SandboxEstate estate, GeneratorOptions options)
    {
        var rng = new Random(options.Seed ^ SeedSalt);
        var instances = new List<SandboxEc2Instance>(Blueprints.Count);
        var series = estate.Metrics.Keys.ToDictionary(k => k, k => estate.Metrics.Find(k)!);
        var usage = new Dictionary<string, Ec2Usage>(StringComparer.Ordinal);
        for (var n = 0; n < Blueprints.Count; n++)
        {
            var blueprint = Blueprints[n];
            var instance = new SandboxEc2Instance
            {
                InstanceId = "i-0" + Convert.ToHexStringLower(BitConverter.GetBytes(rng.NextInt64()))[..16],
                InstanceType = blueprint.Type,
                State = blueprint.State,

                // Why: GPU boxes that matter have run for days; 3-60 days back, on a minute boundary.
                LaunchTime = estate.Now.AddMinutes(-rng.Next(3 * 1440, 60 * 1440)),
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
            usage[instance.InstanceId] = blueprint.Usage;

            // Why: a stopped instance published metrics until it was stopped, 2-10 days ago.
            var end = blueprint.State == "stopped" ? estate.Now.AddHours(-rng.Next(48, 240)) : estate.Now;
            var start = EstateGenerator.SeriesStart(instance.LaunchTime, estate.Now);
            Ec2SeriesWriter.Write(series, instance, start, end, blueprint.Usage, GpuOf(instance.InstanceType), rng);
        }

        return estate with { Ec2Instances = instances, Metrics = new MetricStore(series) };
    }

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
}

/// <summary>One planted instance's kind.</summary>
internal sealed record Ec2Blueprint(string Type, string State, Ec2Usage Usage, bool Agent, bool Spot, string Team);
