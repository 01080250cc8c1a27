using System.Globalization;
using System.Text.RegularExpressions;
using Advisor.Core.Pricing;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Generation;

namespace Advisor.Sandbox.Tests.Generation;

public sealed class EstateGeneratorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 22, 17, 43, TimeSpan.Zero);

    private static GeneratedEstate Generate(int seed, int scale) =>
        EstateGenerator.Generate(new GeneratorOptions { Seed = seed, Scale = scale, Now = Now });

    [Fact]
    public void The_Same_Seed_Gives_A_Byte_Identical_Estate()
    {
        var a = EstateText.Canonical(Generate(7, 60));
        var b = EstateText.Canonical(Generate(7, 60));
        Assert.Equal(a, b);
    }

    [Fact]
    public void A_Different_Seed_Gives_A_Different_Estate()
    {
        Assert.NotEqual(EstateText.Canonical(Generate(1, 60)), EstateText.Canonical(Generate(2, 60)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(20)]
    [InlineData(300)]
    public void Generates_Exactly_Scale_Endpoints_Each_With_Its_Config(int scale)
    {
        var estate = Generate(1, scale).Estate;
        Assert.Equal(scale, estate.Endpoints.Count);
        var configs = estate.EndpointConfigs.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        Assert.All(estate.Endpoints, e => Assert.Contains(e.ConfigName, configs));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5001)]
    public void Rejects_A_Scale_Out_Of_Range(int scale)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Generate(1, scale));
        Assert.Contains("Scale", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_A_Region_Without_Priced_Types()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            EstateGenerator.Generate(new GeneratorOptions { Now = Now, Region = "xx-nowhere-9" }));
        Assert.Contains("xx-nowhere-9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Floors_Now_To_The_Hour()
    {
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 22, 0, 0, TimeSpan.Zero), Generate(1, 5).Estate.Now);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Names_Are_Unique_Lower_Case_And_Valid_SageMaker_Names(int seed)
    {
        var estate = Generate(seed, 500).Estate;
        var valid = new Regex("^[a-z0-9](-*[a-z0-9])*$", RegexOptions.CultureInvariant);
        var names = estate.Endpoints.Select(e => e.Name).Concat(estate.EndpointConfigs.Select(c => c.Name)).ToList();
        Assert.All(names, n => Assert.True(valid.IsMatch(n) && n.Length <= 63, n));
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(estate.Endpoints, e => Assert.Matches(
            "^" + Regex.Escape(e.Name) + "-cfg-[0-9]{8}$", e.ConfigName));
        Assert.All(estate.Endpoints, e => Assert.True(e.Tags.ContainsKey("team") && e.Tags.ContainsKey("env")));
    }

    [Fact]
    public void Every_Instance_Type_Has_A_Hosting_Price_And_Both_Cpu_And_Gpu_Types_Appear()
    {
        var estate = Generate(3, 300).Estate;
        var types = estate.EndpointConfigs.SelectMany(c => c.Variants).Where(v => v.InstanceType is not null).Select(v => v.InstanceType!).ToList();
        Assert.All(types, t => Assert.NotNull(BundledPriceBook.Default.Find(t, "us-east-1", PriceComponent.Hosting)));
        Assert.DoesNotContain("ml.t3.medium", types);
        Assert.Contains(types, t => t.StartsWith("ml.m5.", StringComparison.Ordinal) || t.StartsWith("ml.c5.", StringComparison.Ordinal));
        Assert.Contains(types, t => BundledPriceBook.Default.Spec(t)!.GpuCount > 0);
        var counts = estate.EndpointConfigs.SelectMany(c => c.Variants).Where(v => v.InstanceCount is not null).Select(v => v.InstanceCount!.Value).ToList();
        Assert.All(counts, c => Assert.InRange(c, 1, 4));
        Assert.Contains(estate.EndpointConfigs, c => c.Variants.Count == 2);
        Assert.Contains(estate.EndpointConfigs, c => c.Variants.Any(v => v.ServerlessMemoryMb is not null));
    }

    [Fact]
    public void Gauges_Are_Scaled_By_Hardware_And_Serverless_Variants_Have_Invocations_Only()
    {
        var estate = Generate(2, 200).Estate;
        foreach (var config in estate.EndpointConfigs)
        {
            var endpoint = estate.Endpoints.Single(e => e.ConfigName == config.Name);
            foreach (var variant in config.Variants)
            {
                var dims = new Dictionary<string, string> { ["EndpointName"] = endpoint.Name, ["VariantName"] = variant.Name };
                var cpu = estate.Metrics.Find(new SeriesKey("/aws/sagemaker/Endpoints", "CPUUtilization", dims));
                if (variant.InstanceType is null)
                {
                    Assert.Null(cpu);
                    continue;
                }

                var spec = BundledPriceBook.Default.Spec(variant.InstanceType)!;
                Assert.NotNull(cpu);
                Assert.All(cpu.Values.Where(v => v is not null), v => Assert.InRange(v!.Value, 0.0001, 100.0 * spec.Vcpu));
                var gpu = estate.Metrics.Find(new SeriesKey("/aws/sagemaker/Endpoints", "GPUUtilization", dims));
                Assert.Equal(spec.Accelerator == "gpu", gpu is not null);
                if (gpu is not null)
                {
                    Assert.All(gpu.Values.Where(v => v is not null), v => Assert.InRange(v!.Value, 0, 100.0 * spec.GpuCount));
                }
            }
        }
    }

    [Fact]
    public void Metrics_Cover_At_Most_The_Last_30_Days_And_End_Before_Now()
    {
        var estate = Generate(1, 100).Estate;

        // Why: endpoint series only; training-job series (Host=<job>/algo-n) end when their job ends.
        foreach (var key in estate.Metrics.Keys.Where(k => k.Namespace is "AWS/SageMaker" or "/aws/sagemaker/Endpoints"))
        {
            var series = estate.Metrics.Find(key)!;
            Assert.True(series.Start >= estate.Now.AddDays(-30), key.Dimensions);
            Assert.Equal(estate.Now, series.Start.AddHours(series.Values.Count));
            Assert.Equal("EndpointName=", key.Dimensions[..13]);
        }
    }

    [Fact]
    public void Busy_Endpoints_Follow_A_Business_Hours_Curve()
    {
        var estate = Generate(1, 100).Estate;
        var busy = Invocations(estate).Where(s => s.Values.Count(v => v > 0) > 600).ToList();
        Assert.NotEmpty(busy);
        var day = 0.0;
        var night = 0.0;
        foreach (var series in busy)
        {
            for (var i = 0; i < series.Values.Count; i++)
            {
                var hour = series.Start.AddHours(i).Hour;
                day += hour == 14 ? series.Values[i] ?? 0 : 0;
                night += hour == 3 ? series.Values[i] ?? 0 : 0;
            }
        }

        Assert.True(day > 2 * night, string.Create(CultureInfo.InvariantCulture, $"14:00 total {day} vs 03:00 total {night}"));
    }

    [Fact]
    public void Generates_500_Endpoints_With_Arrays_Not_Per_Point_Objects()
    {
        var estate = Generate(5, 500).Estate;
        Assert.Equal(500, estate.Endpoints.Count);
        Assert.All(estate.Metrics.Keys.Take(50), k => Assert.IsNotType<List<double?>>(estate.Metrics.Find(k)!.Values));
    }

    private static IEnumerable<HourlySeries> Invocations(SandboxEstate estate) =>
        estate.Metrics.Keys.Where(k => k.MetricName == "Invocations").Select(k => estate.Metrics.Find(k)!);
}
