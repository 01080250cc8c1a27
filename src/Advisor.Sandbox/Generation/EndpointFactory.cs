using System.Globalization;
using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Generation;

/// <summary>One endpoint as generated, with what it plants (an opportunity, a near miss, or neither).</summary>
internal sealed record Blueprint(
    SandboxEndpoint Endpoint,
    SandboxEndpointConfig Config,
    IReadOnlyList<GeneratedVariant> Variants,
    bool Idle,
    NearMiss? NearMiss);

/// <summary>Builds one endpoint of a given <see cref="EndpointKind"/>: name, dates, tags, config and variant metric plans.</summary>
internal sealed class EndpointFactory(Random rng, VariantFactory variants, NamePool names, DateTimeOffset now)
{
    public const string IdleAnalyzer = "sagemaker-endpoint-idle";

    /// <summary>Why: the idle analyzer's window (14 days = 336 hourly points).</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(14);

    private const string Single = "AllTraffic";
    private int _idleCounter;
    private int _autoApplyCounter;

    public Blueprint Create(EndpointKind kind)
    {
        var (name, app, team, env) = names.Next();
        var young = kind == EndpointKind.NearYoung;
        // Why: everything but the deliberately young endpoints predates the 30-day metric history (20–400 days old);
        // the "idle since 20 days" ones need at least 25 days so their busy stretch is visible.
        var minDays = kind == EndpointKind.IdleSinceTwentyDays ? 25 : 20;
        var creation = young
            ? now.AddMinutes(-rng.Next(5 * 1440, (10 * 1440) + 1))
            : now.AddMinutes(-rng.Next(minDays * 1440, (400 * 1440) + 1));
        var quiet = kind is not (EndpointKind.Busy or EndpointKind.BusyServerless);
        var windowStart = now - Window;
        // Why: planted idle endpoints were last touched before the window, so no reading of "InService for the whole window" can disagree.
        var latest = quiet ? (creation < windowStart ? windowStart.AddDays(-1) : creation) : now.AddHours(-1);
        var lastModified = latest > creation
            ? creation.AddMinutes(Math.Floor((latest - creation).TotalMinutes * rng.NextDouble()))
            : creation;

        var status = "InService";
        NearMiss? nearMiss = null;
        List<GeneratedVariant> list;
        switch (kind)
        {
            case EndpointKind.Busy:
                list = [variants.Instance(name, rng.NextDouble() < 0.2 ? "Champion" : Single, null, variants.BusyTraffic())];
                if (list[0].Variant.Name == "Champion")
                {
                    list.Add(variants.Instance(name, "Challenger", null, variants.BusyTraffic()));
                }

                break;
            case EndpointKind.BusyServerless:
                list = [variants.Serverless(name, Single, variants.BusyTraffic(maxPeak: 400))];
                break;
            case EndpointKind.Idle:
                list = [IdleInstance(name, Single)];
                break;
            case EndpointKind.IdleTwoVariants:
                var zeros = _idleCounter % 2 == 0;
                list = [IdleInstance(name, "Champion", zeros), IdleInstance(name, "Challenger", zeros)];
                break;
            case EndpointKind.IdleSinceTwentyDays:
                var busy = variants.BusyTraffic() with { QuietForLastHours = 20 * 24, QuietAsZeros = _idleCounter++ % 2 == 0 };
                list = [variants.Instance(name, Single, null, busy)];
                break;
            case EndpointKind.NearOneInvocation:
                // Why: k hours ago in [1, 336] keeps the single invocation inside [now − 14 d, now).
                var one = TrafficShape.Idle(rng.NextDouble() < 0.5) with { SingleInvocationHoursAgo = rng.Next(1, 337) };
                list = [variants.Instance(name, Single, null, one)];
                nearMiss = new NearMiss(IdleAnalyzer, name, "exactly 1 invocation in the 14-day window; the idle threshold is 0");
                break;
            case EndpointKind.NearYoung:
                list = [variants.Instance(name, Single, null, IdleTraffic())];
                nearMiss = new NearMiss(IdleAnalyzer, name, string.Create(CultureInfo.InvariantCulture,
                    $"idle but created {(now - creation).TotalDays:0.0} days ago, inside the 14-day window: insufficient data"));
                break;
            case EndpointKind.NearMonitoringGap:
                // Why: a 3–6 day hole leaves 192–264 of 336 CPU points, below the 90% coverage rule; it sits inside the window.
                var length = rng.Next(72, 145);
                var to = rng.Next(6, 336 - length - 6 + 1);
                list = [variants.Instance(name, Single, null, IdleTraffic(), gaps: [new MetricGap(to + length, to)])];
                nearMiss = new NearMiss(IdleAnalyzer, name, string.Create(CultureInfo.InvariantCulture,
                    $"idle but CPUUtilization is missing for {length} hours of the window (monitoring gap): insufficient data"));
                break;
            case EndpointKind.NearOneVariantBusy:
                var busyFirst = rng.NextDouble() < 0.5;
                list =
                [
                    variants.Instance(name, "Champion", null, busyFirst ? variants.BusyTraffic() : IdleTraffic()),
                    variants.Instance(name, "Challenger", null, busyFirst ? IdleTraffic() : variants.BusyTraffic()),
                ];
                nearMiss = new NearMiss(IdleAnalyzer, name, (busyFirst ? "Challenger" : "Champion")
                    + " is idle but " + (busyFirst ? "Champion" : "Challenger") + " serves traffic: the endpoint is not idle");
                break;
            case EndpointKind.NearServerless:
                list = [variants.Serverless(name, Single, IdleTraffic())];
                nearMiss = new NearMiss(IdleAnalyzer, name, "idle serverless endpoint: billed per request, excluded");
                break;
            case EndpointKind.NearNotInService:
                status = rng.NextDouble() < 0.5 ? "Failed" : "Updating";
                list = [variants.Instance(name, Single, null, IdleTraffic())];
                nearMiss = new NearMiss(IdleAnalyzer, name, "idle but " + status + ", not InService: the analyzer skips it");
                break;
            default:
                list = [variants.Instance(name, Single, null, IdleTraffic(), count: 1, scalingMin: 0, scalingMax: rng.Next(1, 5))];
                nearMiss = new NearMiss(IdleAnalyzer, name, "idle but scale-to-zero (managed scaling min 0): excluded");
                break;
        }

        var configCreation = lastModified.AddMinutes(-rng.Next(2, 31));
        var config = new SandboxEndpointConfig
        {
            Name = name + "-cfg-" + lastModified.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            CreationTime = configCreation,
            Variants = list.Select(v => v.Variant).ToList(),
        };
        var endpoint = new SandboxEndpoint
        {
            Name = name,
            ConfigName = config.Name,
            Status = status,
            CreationTime = creation,
            LastModifiedTime = lastModified,
            Tags = new Dictionary<string, string>(StringComparer.Ordinal) { ["team"] = team, ["env"] = env, ["app"] = app },
        };
        var idle = kind is EndpointKind.Idle or EndpointKind.IdleTwoVariants or EndpointKind.IdleSinceTwentyDays;
        if (idle)
        {
            endpoint = endpoint with { Tags = AutoApplyTags(endpoint.Tags) };
        }

        return new Blueprint(endpoint, config, list, idle, nearMiss);
    }

    /// <summary>
    /// Why: remediation needs both sides of its opt-in: every other planted idle endpoint opts in (<c>advisor:auto-apply=true</c>),
    /// the second one opts out (<c>advisor:auto-apply=false</c>), the rest carry no remediation tag. A counter, not the RNG,
    /// so every other generated value stays as it was.
    /// </summary>
    private IReadOnlyDictionary<string, string> AutoApplyTags(IReadOnlyDictionary<string, string> tags)
    {
        var n = _autoApplyCounter++;
        var value = n % 2 == 0 ? "true" : n == 1 ? "false" : null;
        return value is null
            ? tags
            : new Dictionary<string, string>(tags, StringComparer.Ordinal) { ["advisor:auto-apply"] = value };
    }

    private GeneratedVariant IdleInstance(string endpoint, string variantName, bool? zeros = null)
    {
        // Why: alternate so planted idle endpoints cover GPU and CPU, explicit-zero and no-datapoint series alike.
        var counter = _idleCounter++;
        var traffic = TrafficShape.Idle(zeros ?? counter % 2 == 0);
        return variants.Instance(endpoint, variantName, accelerated: (counter / 2) % 2 == 0, traffic);
    }

    private TrafficShape IdleTraffic() => TrafficShape.Idle(rng.NextDouble() < 0.5);
}
