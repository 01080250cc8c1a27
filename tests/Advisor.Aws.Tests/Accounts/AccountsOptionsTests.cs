using Advisor.Aws.Accounts;

namespace Advisor.Aws.Tests.Accounts;

/// <summary>Validation of the Aws:Accounts settings: every problem named, valid settings accepted.</summary>
public sealed class AccountsOptionsTests
{
    [Fact]
    public void Accepts_Targets_With_Regions_And_A_Default_Role()
    {
        var options = new AccountsOptions
        {
            RoleName = "MlCostAdvisorReadOnly",
            ExternalId = "advisor-7f3a",
            Regions = ["us-east-1", "eu-west-1"],
            Targets = [new AccountTarget { Id = "111122223333", Regions = ["us-gov-west-1", "ap-southeast-2"] }, new AccountTarget { Id = "444455556666" }],
        };

        Assert.Empty(options.Problems());
        Assert.True(new AccountsOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("12345678901", "not a 12-digit AWS account id")]
    [InlineData("12345678901a", "not a 12-digit AWS account id")]
    public void Rejects_An_Account_Id_That_Is_Not_12_Digits(string id, string expected)
    {
        var options = new AccountsOptions { Targets = [new AccountTarget { Id = id }] };

        var problem = Assert.Single(options.Problems());
        Assert.Contains("Targets[0].Id", problem, StringComparison.Ordinal);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_A_Duplicate_Account_And_Names_The_Second_Entry()
    {
        var options = new AccountsOptions { Targets = [new AccountTarget { Id = "111122223333" }, new AccountTarget { Id = "111122223333" }] };

        var problem = Assert.Single(options.Problems());
        Assert.StartsWith("Targets[1].Id 111122223333 is listed more than once", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("us-east")]
    [InlineData("US-EAST-1")]
    [InlineData("useast1")]
    [InlineData("eu-west-1 ")]
    public void Rejects_A_Region_That_Does_Not_Look_Like_A_Region(string region)
    {
        var options = new AccountsOptions { Targets = [new AccountTarget { Id = "111122223333", Regions = [region] }] };

        var problem = Assert.Single(options.Problems());
        Assert.Contains("Targets[0].Regions", problem, StringComparison.Ordinal);
        Assert.Contains("does not look like an AWS region", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_Every_Problem_At_Once_Without_Echoing_The_External_Id()
    {
        var options = new AccountsOptions
        {
            RoleName = "bad role name",
            ExternalId = "x",
            Regions = ["eu-west-1", "eu-west-1"],
            Targets = [new AccountTarget { Id = "1" }],
        };

        var error = Assert.Throws<ArgumentException>(options.Validate);

        Assert.Equal(4, options.Problems().Count);
        Assert.Contains("RoleName 'bad role name'", error.Message, StringComparison.Ordinal);
        Assert.Contains("ExternalId must be 2-1224 characters", error.Message, StringComparison.Ordinal);
        Assert.Contains("Regions lists eu-west-1 more than once", error.Message, StringComparison.Ordinal);
        Assert.False(new AccountsOptionsValidator().Validate(null, options).Succeeded);
    }
}
