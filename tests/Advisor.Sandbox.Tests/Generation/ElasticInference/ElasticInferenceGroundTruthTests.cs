using Advisor.Core.Pricing;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Generation;

namespace Advisor.Sandbox.Tests.Generation.ElasticInference;

/// <summary>The generator's sagemaker-elastic-inference ground truth checked against an independent restatement of the rule.</summary>
public sealed class ElasticInferenceGroundTruthTests
{
    private const string Analyzer = "sagemaker-elastic-inference";

    private static readonly DateTimeOffset Now = new(2026, 11, 26, 22, 0, 0, TimeSpan.Zero);

    public static TheoryData<int, int> SeedsAndScales => new() { { 1, 20 }, { 2, 20 }, { 3, 20 }, { 1, 300 }, { 2, 300 }, { 3, 300 } };

    [Theory]
    [MemberData(nameof(SeedsAndScales))]
    public void Every_Legacy_Accelerator_In_The_Estate_Is_Planted_With_The_Oracle_Savings(int seed, int scale)
    {
        var generated = EstateGenerator.Generate(new GeneratorOptions { Seed = seed, Scale = scale, Now = Now });

        var expected = Oracle(generated.Estate).Order().ToList();
        var planted = generated.GroundTruth.Opportunities.Where(o => o.Analyzer == Analyzer)
            .Select(o => (o.ResourceId, o.MonthlySavings)).Order().ToList();

        Assert.NotEmpty(planted);
        Assert.Equal(expected, planted);
        Assert.Contains(generated.GroundTruth.NearMisses, n => n.Analyzer == Analyzer && n.ResourceId == "eia-failed-notebook");
        Assert.DoesNotContain(generated.GroundTruth.NearMisses, n => n.Analyzer == Analyzer && planted.Any(p => p.ResourceId == n.ResourceId));
    }

    [Fact]
    public void The_Planted_Notebook_Saves_Its_Accelerator_And_Keeps_Notebook_Idle_Out()
    {
        var generated = EstateGenerator.Generate(new GeneratorOptions { Seed = 1, Scale = 20, Now = Now });

        // Why: ml.eia1.xlarge 0.728 USD/h × 730 h = 531.44 USD; its lifecycle config makes notebook-idle take no action.
        Assert.Contains(new PlantedOpportunity(Analyzer, "eia-legacy-notebook", 531.44m), generated.GroundTruth.Opportunities);
        Assert.DoesNotContain(generated.GroundTruth.Opportunities, o => o.ResourceId == "eia-legacy-notebook" && o.Analyzer != Analyzer);
        Assert.NotNull(Assert.Single(generated.Estate.NotebookInstances, n => n.Name == "eia-legacy-notebook").LifecycleConfigName);
    }

    [Fact]
    public void Larger_Estates_Carry_Legacy_Endpoints_Among_The_Opportunities()
    {
        var generated = EstateGenerator.Generate(new GeneratorOptions { Seed = 1, Scale = 300, Now = Now });
        var endpoints = generated.Estate.Endpoints.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);

        Assert.Contains(generated.GroundTruth.Opportunities, o => o.Analyzer == Analyzer && endpoints.Contains(o.ResourceId));
    }

    /// <summary>The rule restated: medium accelerators dropped, larger ones → ml.g4dn.xlarge, notebooks drop theirs while InService.</summary>
    private static IEnumerable<(string, decimal)> Oracle(SandboxEstate estate)
    {
        var prices = BundledPriceBook.Default;
        foreach (var endpoint in estate.Endpoints.Where(e => e.Status == "InService"))
        {
            var config = estate.EndpointConfigs.Single(c => c.Name == endpoint.ConfigName);
            var legacy = config.Variants.Where(v => v.AcceleratorType?.StartsWith("ml.eia", StringComparison.Ordinal) == true).ToList();
            if (legacy.Count > 0)
            {
                var total = legacy.Sum(v => v.AcceleratorType!.EndsWith(".medium", StringComparison.Ordinal)
                    ? Price(v.AcceleratorType) * v.InstanceCount!.Value * 730m
                    : (prices.Find(v.InstanceType!, estate.Region, PriceComponent.Hosting)!.HourlyUsd + Price(v.AcceleratorType)
                        - prices.Find("ml.g4dn.xlarge", estate.Region, PriceComponent.Hosting)!.HourlyUsd) * v.InstanceCount!.Value * 730m);
                yield return (endpoint.Name, Math.Round(total, 2, MidpointRounding.AwayFromZero));
            }
        }

        foreach (var notebook in estate.NotebookInstances.Where(n => n.AcceleratorTypes.Count > 0 && n.Status is "InService" or "Stopped"))
        {
            var hours = notebook.Status == "InService" ? 730m : 0m;
            yield return (notebook.Name, Math.Round(notebook.AcceleratorTypes.Sum(a => Price(a) * hours), 2, MidpointRounding.AwayFromZero));
        }
    }

    private static decimal Price(string accelerator) => accelerator switch
    {
        "ml.eia1.medium" => 0.182m,
        "ml.eia1.large" => 0.364m,
        "ml.eia1.xlarge" => 0.728m,
        "ml.eia2.medium" => 0.168m,
        "ml.eia2.large" => 0.336m,
        "ml.eia2.xlarge" => 0.476m,
        _ => throw new ArgumentException($"Unknown accelerator '{accelerator}'.", nameof(accelerator)),
    };
}
