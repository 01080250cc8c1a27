using System.Globalization;
using Advisor.Storage.Sql;

namespace Advisor.Storage.Tests;

/// <summary>Column value conversions: exact money text, microsecond UTC times, provider-typed values.</summary>
public sealed class DbValuesTests
{
    [Fact]
    public void Time_Text_Is_Fixed_Width_Utc_To_The_Microsecond()
    {
        var at = new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.FromHours(2)).AddTicks(1234567);

        var text = DbValues.TimeText(at);

        Assert.Equal("2026-03-02T06:30:00.123456Z", text);
        Assert.Equal(at.AddTicks(-7), DbValues.ReadTime(text));
        Assert.Equal(TimeSpan.Zero, DbValues.ReadTime(text).Offset);
    }

    [Fact]
    public void Unspecified_DateTime_Is_Read_As_Utc()
    {
        var read = DbValues.ReadTime(new DateTime(2026, 3, 2, 6, 0, 0, DateTimeKind.Unspecified));

        Assert.Equal(new DateTimeOffset(2026, 3, 2, 6, 0, 0, TimeSpan.Zero), read);
    }

    [Theory]
    [InlineData("1234.56")]
    [InlineData("0.01")]
    [InlineData("-3.10")]
    public void Money_Text_Round_Trips_With_Its_Scale(string text)
    {
        var amount = decimal.Parse(text, CultureInfo.InvariantCulture);

        Assert.Equal(text, DbValues.MoneyText(amount));
        Assert.Equal(amount, DbValues.ReadMoney(DbValues.MoneyText(amount)));
    }
}
