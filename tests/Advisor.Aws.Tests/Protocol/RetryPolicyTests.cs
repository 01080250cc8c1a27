using Advisor.Aws.Protocol;

namespace Advisor.Aws.Tests.Protocol;

public sealed class RetryPolicyTests
{
    [Theory]
    [InlineData(1, 1.0, 1.0)]
    [InlineData(2, 1.0, 2.0)]
    [InlineData(3, 0.5, 2.0)]
    [InlineData(6, 1.0, 20.0)]
    [InlineData(40, 1.0, 20.0)]
    [InlineData(2, 0.0, 0.0)]
    public void Computes_Full_Jitter_Backoff_Capped_At_The_Maximum(int retry, double jitter, double expectedSeconds)
    {
        var delay = RetryBackoff.Delay(retry, jitter, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(20));

        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), delay);
    }

    [Fact]
    public void Charges_Retries_And_Refunds_Successes_Up_To_Capacity()
    {
        var bucket = new RetryTokenBucket(12);

        Assert.True(bucket.TryAcquire(RetryTokenBucket.TimeoutRetryCost));
        Assert.False(bucket.TryAcquire(RetryTokenBucket.RetryCost));
        bucket.OnSuccess(RetryTokenBucket.TimeoutRetryCost);
        Assert.Equal(12, bucket.Available);
        bucket.OnSuccess(0);
        Assert.Equal(12, bucket.Available);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void Rejects_An_Attempt_Count_Out_Of_Range(int attempts)
    {
        var options = new AwsRetryOptions { MaxAttempts = attempts };

        var error = Assert.Throws<ArgumentOutOfRangeException>(options.Validate);

        Assert.Equal(nameof(AwsRetryOptions.MaxAttempts), error.ParamName);
    }
}
