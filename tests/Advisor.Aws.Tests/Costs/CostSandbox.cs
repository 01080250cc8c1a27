using Advisor.Aws.CostExplorer;
using Advisor.Aws.Credentials;
using Advisor.Aws.Pricing;
using Advisor.Aws.Tests.AgainstSandbox;
using Advisor.Core.Pricing;
using Advisor.Sandbox;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Generation;
using Microsoft.Extensions.Logging.Abstractions;

namespace Advisor.Aws.Tests.Costs;

/// <summary>A sandbox serving a generated or hand-built estate, with our Cost Explorer and Pricing clients pointed at it.</summary>
internal sealed class CostSandbox : IAsyncDisposable
{
    private readonly HttpClient _http = new();

    private CostSandbox(SandboxServer server)
    {
        Server = server;
        var factory = Factory(SandboxCredentials.SecretAccessKey);
        CostExplorer = factory.CreateCostExplorer(server.BaseUrl);
        Pricing = factory.CreatePricing(server.BaseUrl);
    }

    public SandboxServer Server { get; }

    public SandboxEstate Estate => Server.Estate;

    public ICostExplorerApi CostExplorer { get; }

    public IPricingApi Pricing { get; }

    /// <summary>The estate's "today": Cost Explorer bills whole days before it.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Estate.Now.UtcDateTime);

    public static async Task<CostSandbox> GeneratedAsync(int seed, int scale)
    {
        var generated = EstateGenerator.Generate(new GeneratorOptions { Seed = seed, Scale = scale, Now = GeneratorOptions.FloorToHour(DateTimeOffset.UtcNow) });
        return new CostSandbox(await SandboxServer.StartAsync(generated.Estate, generated.GroundTruth, new SandboxOptions()));
    }

    public static async Task<CostSandbox> StartAsync(SandboxEstate estate) =>
        new(await SandboxServer.StartAsync(estate, null, new SandboxOptions()));

    /// <summary>Clients signed with <paramref name="secret"/> (a wrong one is refused).</summary>
    public AwsClientFactory Factory(string secret) =>
        new(new StaticCredentialSource(SandboxCredentials.AccessKeyId, secret), _http, NullLoggerFactory.Instance, TimeProvider.System, SandboxHarness.FastRetry);

    public long Calls(string operation) => Server.Stats.Snapshot().CallsOf(operation);

    /// <summary>
    /// The oracle: what one day should cost per usage type, recomputed from the estate's resources × bundled prices × hours
    /// (InService endpoints and notebooks and running on-demand EC2 created before the day bill 24 h; jobs bill their billable seconds on their end day).
    /// </summary>
    public static Dictionary<string, (decimal Cost, decimal Hours)> ExpectedDay(SandboxEstate estate, DateOnly day)
    {
        var book = BundledPriceBook.Default;
        var result = new Dictionary<string, (decimal Cost, decimal Hours)>(StringComparer.Ordinal);
        void Add(string usageType, decimal? hourly, decimal hours)
        {
            if (hourly is { } price)
            {
                var (cost, h) = result.GetValueOrDefault(usageType);
                result[usageType] = (cost + (price * hours), h + hours);
            }
        }

        static DateOnly D(DateTimeOffset t) => DateOnly.FromDateTime(t.UtcDateTime);
        foreach (var endpoint in estate.Endpoints.Where(e => e.Status == "InService" && D(e.CreationTime) < day))
        {
            foreach (var v in estate.EndpointConfigs.Single(c => c.Name == endpoint.ConfigName).Variants.Where(v => v.InstanceType is not null))
            {
                Add("USE1-Host:" + v.InstanceType, book.Find(v.InstanceType!, estate.Region, PriceComponent.Hosting)?.HourlyUsd, v.InstanceCount!.Value * 24m);
            }
        }

        foreach (var job in estate.TrainingJobs.Where(j => (j.BillableSeconds ?? j.TrainingSeconds) > 0 && D(j.TrainingEndTime ?? j.CreationTime) == day))
        {
            var meter = job.EnableManagedSpotTraining ? "USE1-TrSpt:" : "USE1-Train:";
            Add(meter + job.InstanceType, book.Find(job.InstanceType, estate.Region, PriceComponent.Training)?.HourlyUsd,
                (decimal)(job.BillableSeconds ?? job.TrainingSeconds)!.Value * job.InstanceCount / 3600m);
        }

        foreach (var notebook in estate.NotebookInstances.Where(n => n.Status == "InService" && D(n.CreationTime) < day))
        {
            Add("USE1-Notebk:" + notebook.InstanceType, book.Find(notebook.InstanceType, estate.Region, PriceComponent.Notebook)?.HourlyUsd, 24m);
        }

        foreach (var instance in estate.Ec2Instances.Where(i => i.State == "running" && i.Lifecycle != "spot" && D(i.LaunchTime) < day))
        {
            Add("BoxUsage:" + instance.InstanceType, book.Find(instance.InstanceType, estate.Region, PriceComponent.Ec2)?.HourlyUsd, 24m);
        }

        return result;
    }

    /// <summary>An estate of <paramref name="count"/> InService ml.m5.large endpoints, each tagged with its own owner (for per-tag paging).</summary>
    public static SandboxEstate TaggedEstate(int count)
    {
        var now = GeneratorOptions.FloorToHour(DateTimeOffset.UtcNow);
        var created = now.AddDays(-90);
        return new SandboxEstate
        {
            AccountId = "123456789012",
            Region = "us-east-1",
            Now = now,
            Endpoints = Enumerable.Range(0, count).Select(i => new SandboxEndpoint
            {
                Name = $"ep-{i:D3}",
                ConfigName = $"cfg-{i % 2}",
                CreationTime = created,
                LastModifiedTime = created,
                Tags = new Dictionary<string, string> { ["owner"] = $"owner-{i:D3}" },
            }).ToList(),
            EndpointConfigs =
            [
                new SandboxEndpointConfig { Name = "cfg-0", CreationTime = created, Variants = [new SandboxVariant { Name = "AllTraffic", InstanceType = "ml.m5.large", InstanceCount = 1 }] },
                new SandboxEndpointConfig { Name = "cfg-1", CreationTime = created, Variants = [new SandboxVariant { Name = "AllTraffic", InstanceType = "ml.g5.xlarge", InstanceCount = 2 }] },
            ],
        };
    }

    public async ValueTask DisposeAsync()
    {
        await Server.DisposeAsync();
        _http.Dispose();
    }
}
