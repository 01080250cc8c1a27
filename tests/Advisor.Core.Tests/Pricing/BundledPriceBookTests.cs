using Advisor.Core.Pricing;

namespace Advisor.Core.Tests.Pricing;

public sealed class BundledPriceBookTests
{
    private static readonly BundledPriceBook Book = BundledPriceBook.Default;

    [Fact]
    public void Parses_Every_Row_Of_The_Embedded_Table()
    {
        Assert.Equal(110, Book.Rows.Count);
        Assert.All(Book.Rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
        Assert.Contains(Book.Rows, r => r.Service == "ec2");
        Assert.Contains(Book.Rows, r => r.Service == "sagemaker");
    }

    [Fact]
    public void Quotes_The_Hosting_Price_Of_Ml_G5_Xlarge_In_Us_East_1_With_Source_And_Date()
    {
        var quote = Book.Find("ml.g5.xlarge", "us-east-1", PriceComponent.Hosting);

        Assert.NotNull(quote);
        Assert.Equal(1.408m, quote.HourlyUsd);
        Assert.Equal(PriceComponent.Hosting, quote.Component);
        Assert.Equal("2026-09-24", quote.AsOf);
        Assert.StartsWith("bundled table: ", quote.Source, StringComparison.Ordinal);
        Assert.Contains("AmazonSageMaker", quote.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Returns_No_Price_For_A_Row_Without_A_Verified_Price()
    {
        Assert.Null(Book.Find("ml.inf1.6xlarge", "us-east-1", PriceComponent.Hosting));
        Assert.Contains(Book.Rows, r => r.InstanceType == "ml.inf1.6xlarge" && r.OnDemandUsdPerHour is null);
    }

    [Fact]
    public void Returns_No_Training_Price_For_Inferentia()
    {
        Assert.Null(Book.Find("ml.inf2.xlarge", "us-east-1", PriceComponent.Training));
        Assert.Equal(0.99m, Book.Find("ml.inf2.xlarge", "us-east-1", PriceComponent.Hosting)?.HourlyUsd);
    }

    [Fact]
    public void Keeps_Ec2_And_SageMaker_Prices_Apart()
    {
        Assert.Equal(1.006m, Book.Find("g5.xlarge", "us-east-1", PriceComponent.Ec2)?.HourlyUsd);
        Assert.Null(Book.Find("g5.xlarge", "us-east-1", PriceComponent.Hosting));
    }

    [Theory]
    [InlineData("ml.g5.12xlarge")]
    [InlineData("g5.12xlarge")]
    public void Knows_The_Hardware_Of_A_Type_With_Or_Without_The_Ml_Prefix(string type)
    {
        var spec = Book.Spec(type);

        Assert.NotNull(spec);
        Assert.Equal(4, spec.GpuCount);
        Assert.Equal(48, spec.Vcpu);
        Assert.Equal("NVIDIA A10G", spec.GpuModel);
    }

    [Fact]
    public void Returns_Null_For_An_Unknown_Type()
    {
        Assert.Null(Book.Spec("ml.zz9.plural"));
        Assert.Null(Book.Find("ml.zz9.plural", "us-east-1", PriceComponent.Hosting));
        Assert.Null(Book.Find("ml.g5.xlarge", "xx-nowhere-1", PriceComponent.Hosting));
    }

    [Fact]
    public void Parses_A_Table_Given_As_Text()
    {
        const string Csv = "service,region,instance_type,vcpu,memory_gib,gpu_count,gpu_model,gpu_memory_gib,accelerator,on_demand_usd_per_hour,source,as_of\n"
            + "sagemaker,us-east-1,ml.m5.large,2,8,0,,0,none,0.115,test,2026-01-01\n";

        var book = BundledPriceBook.Parse(new StringReader(Csv));

        Assert.Equal(0.115m, Assert.Single(book.Rows).OnDemandUsdPerHour);
        Assert.Null(book.Spec("m5.large")?.GpuModel);
    }
}
