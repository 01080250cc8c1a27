using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Generation;

/// <summary>
/// Builds a realistic, seeded SageMaker estate (endpoints, configs, 30 days of hourly metrics) with the idle-endpoint
/// opportunities and near misses planted in it recorded as ground truth. Deterministic: same options, same estate.
/// </summary>
public static class EstateGenerator
{
    /// <summary>Why: metrics cover the last 30 days (the analyzers look back at most 14; the rest is history).</summary>
    public static readonly TimeSpan History = TimeSpan.FromDays(30);

    /// <summary>Generates the estate and its ground truth.</summary>
    public static GeneratedEstate Generate(GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var now = GeneratorOptions.FloorToHour(options.Now);
        var rng = new Random(options.Seed);
        var catalog = InstanceCatalog.For(BundledPriceBook.Default, options.Region);
        var factory = new EndpointFactory(rng, new VariantFactory(rng, catalog), new NamePool(rng, options.Scale), now);

        var endpoints = new List<SandboxEndpoint>(options.Scale);
        var configs = new List<SandboxEndpointConfig>(options.Scale);
        var series = new Dictionary<SeriesKey, HourlySeries>();
        var opportunities = new List<PlantedOpportunity>();
        var nearMisses = new List<NearMiss>();
        foreach (var kind in KindPlanner.Plan(options.Scale, rng))
        {
            var blueprint = factory.Create(kind);
            endpoints.Add(blueprint.Endpoint);
            configs.Add(blueprint.Config);
            var start = SeriesStart(blueprint.Endpoint.CreationTime, now);
            foreach (var variant in blueprint.Variants)
            {
                SeriesWriter.Write(series, blueprint.Endpoint.Name, variant.Variant.Name, start, now, variant.Hardware, variant.Plan, rng);
            }

            if (blueprint.Idle)
            {
                opportunities.Add(new PlantedOpportunity(
                    EndpointFactory.IdleAnalyzer, blueprint.Endpoint.Name, IdleSavings(blueprint.Config, options.Region)));
            }

            if (blueprint.NearMiss is { } miss)
            {
                nearMisses.Add(miss);
            }
        }

        var estate = new SandboxEstate
        {
            AccountId = options.AccountId,
            Region = options.Region,
            Now = now,
            Endpoints = endpoints,
            EndpointConfigs = configs,
            Metrics = new MetricStore(series),
        };
        estate = Ec2Planter.Plant(estate, options, opportunities, nearMisses);
        estate = SageMakerPlanter.Plant(estate, options, opportunities, nearMisses);
        estate = EndpointRightsizeTruth.Plant(estate, opportunities, nearMisses);
        estate = ElasticInferenceTruth.Plant(estate, options, opportunities, nearMisses);
        PreviousGenerationTruth.Record(estate, opportunities, nearMisses);
        estate = ConsolidationTruth.Record(estate, opportunities, nearMisses);
        estate = AutoscalingTruth.Record(estate, options, opportunities, nearMisses);
        // Why: last, after every planter: it bills the final estate (any resource planted later would change the spend).
        SavingsPlanTruth.Record(estate, opportunities, nearMisses);
        return new GeneratedEstate(estate, new GroundTruth(opportunities, nearMisses));
    }

    /// <summary>First hour of an endpoint's metrics: the first full hour after creation, at most 30 days back.</summary>
    internal static DateTimeOffset SeriesStart(DateTimeOffset creation, DateTimeOffset now)
    {
        var floor = GeneratorOptions.FloorToHour(creation);
        var firstFullHour = floor == creation ? floor : floor.AddHours(1);
        var earliest = now - History;
        return firstFullHour > earliest ? firstFullHour : earliest;
    }

    /// <summary>The idle rule's savings: Σ variants hosting hourly × instance count × 730, rounded to the cent.</summary>
    internal static decimal IdleSavings(SandboxEndpointConfig config, string region)
    {
        var hourly = 0m;
        foreach (var variant in config.Variants)
        {
            var quote = BundledPriceBook.Default.Find(variant.InstanceType!, region, PriceComponent.Hosting)
                ?? throw new InvalidOperationException($"No hosting price for '{variant.InstanceType}' in {region}.");
            hourly += quote.HourlyUsd * variant.InstanceCount!.Value;
        }

        return MonthlySavings.RoundCents(hourly * MonthlySavings.HoursPerMonth);
    }
}
