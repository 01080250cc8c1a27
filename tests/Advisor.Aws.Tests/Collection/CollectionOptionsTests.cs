using Advisor.Aws.Collection;

namespace Advisor.Aws.Tests.Collection;

public sealed class CollectionOptionsTests
{
    [Fact]
    public void The_Window_Ends_At_The_Last_Whole_Hour_And_Spans_The_Lookback()
    {
        var options = new CollectionOptions { LookbackDays = 14 };

        var window = options.WindowAt(new DateTimeOffset(2026, 11, 26, 22, 47, 13, TimeSpan.FromHours(2)));

        Assert.Equal(new DateTimeOffset(2026, 11, 26, 20, 0, 0, TimeSpan.Zero), window.End);
        Assert.Equal(window.End.AddDays(-14), window.Start);
        Assert.Equal(TimeSpan.FromHours(1), window.Period);
        Assert.Equal(336, window.ExpectedPoints);
    }
}
