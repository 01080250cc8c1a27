using System.Text.Json;
using Advisor.Aws.Protocol;

namespace Advisor.Aws.Tests.Protocol;

public sealed class EpochSecondsConverterTests
{
    private sealed record Holder(DateTimeOffset At, DateTimeOffset? Maybe = null);

    [Theory]
    [InlineData("1529870369.986", 1529870369986L)]
    [InlineData("1780300799.123", 1780300799123L)]
    [InlineData("1785456000", 1785456000000L)]
    [InlineData("1785456000.0", 1785456000000L)]
    [InlineData("\"1785456000.5\"", 1785456000500L)]
    public void Reads_Epoch_Seconds_With_Fractions_Exactly(string json, long expectedUnixMilliseconds)
    {
        var holder = JsonSerializer.Deserialize<Holder>($$"""{"At":{{json}}}""", AwsJson.Options)!;

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(expectedUnixMilliseconds), holder.At);
        Assert.Equal(TimeSpan.Zero, holder.At.Offset);
    }

    [Fact]
    public void Reads_A_Fraction_Below_The_Millisecond_To_The_Tick()
    {
        var holder = JsonSerializer.Deserialize<Holder>("""{"At":1.0000001}""", AwsJson.Options)!;

        Assert.Equal(DateTimeOffset.UnixEpoch.AddTicks(TimeSpan.TicksPerSecond + 1), holder.At);
    }

    [Fact]
    public void Writes_Whole_Seconds_Without_A_Fraction_And_Omits_Nulls()
    {
        var json = JsonSerializer.Serialize(new Holder(DateTimeOffset.FromUnixTimeSeconds(1785456000)), AwsJson.Options);

        Assert.Equal("""{"At":1785456000}""", json);
    }

    [Fact]
    public void Writes_Milliseconds_As_A_Fraction()
    {
        var json = JsonSerializer.Serialize(
            new Holder(DateTimeOffset.FromUnixTimeMilliseconds(1529870369986), DateTimeOffset.FromUnixTimeSeconds(1)), AwsJson.Options);

        Assert.Equal("""{"At":1529870369.986,"Maybe":1}""", json);
    }

    [Theory]
    [InlineData("true")]
    [InlineData("\"next tuesday\"")]
    [InlineData("1e300")]
    public void Rejects_A_Value_That_Is_Not_A_Timestamp(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Holder>($$"""{"At":{{json}}}""", AwsJson.Options));
    }
}
