using Advisor.Analyzers.Catalogue;

namespace Advisor.Analyzers.Tests.Catalogue;

public sealed class OptionsDescriberTests
{
    private static readonly IReadOnlyList<OptionDoc> Options = OptionsDescriber.Describe(typeof(SampleOptions));

    [Fact]
    public void Lists_Bindable_Options_In_Declaration_Order_With_Nested_Sections_Flattened()
    {
        Assert.Equal(
            ["Threshold", "Coverage", "Lookback", "Statistic", "Presets", "Label", "Nested:Enabled"],
            Options.Select(o => o.Key));
    }

    [Theory]
    [InlineData("Threshold", "integer", "0", "≥ 0")]
    [InlineData("Coverage", "number", "0.9", "0.5 to 1")]
    [InlineData("Lookback", "duration (d.hh:mm:ss)", "14.00:00:00", "")]
    [InlineData("Statistic", "one of P50, P99", "P99", "")]
    [InlineData("Presets", "list of integer", "[0, 10, 30]", "")]
    [InlineData("Label", "text", "(none)", "")]
    [InlineData("Nested:Enabled", "true/false", "true", "")]
    public void Reads_Type_Default_And_Range_As_Configuration_Spells_Them(string key, string type, string value, string allowed)
    {
        var option = Assert.Single(Options, o => o.Key == key);

        Assert.Equal(type, option.TypeName);
        Assert.Equal(value, option.DefaultValue);
        Assert.Equal(allowed, option.Allowed);
    }

    [Fact]
    public void Reads_The_Xml_Summary_As_One_Markdown_Line()
    {
        Assert.Equal("Invocations at most this count as idle. Must be `0` or more.", Options[0].Documentation);
        Assert.Equal("Whether the nested rule is on.", Options[^1].Documentation);
    }

    [Fact]
    public void Refuses_An_Option_Without_Documentation_And_Names_It()
    {
        var error = Assert.Throws<InvalidOperationException>(() => OptionsDescriber.Describe(typeof(UndocumentedOptions)));

        Assert.Contains("UndocumentedOptions.Mystery", error.Message, StringComparison.Ordinal);
    }
}
