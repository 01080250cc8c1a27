using Advisor.Host.Api.Auth;
using Microsoft.Extensions.Options;

namespace Advisor.Host.Tests.Api;

/// <summary>Bad token settings stop the start with a message that names the key, and never quote the secret.</summary>
public sealed class ApiOptionsValidationTests
{
    private static readonly string ValidHash = new('a', 64);

    [Theory]
    [InlineData("bot", "superuser", "a-long-enough-token-123", null, "Api:Tokens:0:Role 'superuser' is not a role; use one of: viewer, reviewer, admin.")]
    [InlineData("bot", "viewer", "short", null, "Api:Tokens:0:Token must be at least 16 characters long.")]
    [InlineData("bot", "viewer", "", null, "Api:Tokens:0: set exactly one of Token or TokenSha256.")]
    [InlineData("bot", "viewer", "a-long-enough-token-123", "abc", "Api:Tokens:0: set exactly one of Token or TokenSha256.")]
    [InlineData("bot", "viewer", null, "not-hex", "Api:Tokens:0:TokenSha256 must be 64 hexadecimal digits (the SHA-256 of the token).")]
    [InlineData("", "viewer", "a-long-enough-token-123", null, "Api:Tokens:0:Name is required.")]
    public void A_Bad_Token_Entry_Fails_With_A_Message_Naming_Its_Key(string name, string role, string? token, string? hash, string expected)
    {
        var options = new ApiOptions { Tokens = [new ApiTokenOptions { Name = name, Role = role, Token = token, TokenSha256 = hash }] };

        var result = new ApiOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(expected, result.Failures!);
    }

    [Fact]
    public void Duplicate_Names_Are_Rejected_Naming_The_Second_Entry()
    {
        var options = new ApiOptions
        {
            Tokens =
            [
                new ApiTokenOptions { Name = "bot", Role = "viewer", Token = "first-token-0123456789" },
                new ApiTokenOptions { Name = "BOT", Role = "admin", TokenSha256 = ValidHash },
            ],
        };

        var result = new ApiOptionsValidator().Validate(null, options);

        var failure = Assert.Single(result.Failures!);
        Assert.StartsWith("Api:Tokens:1:Name 'BOT' is used by another token", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Short_Environment_Admin_Token_Is_Rejected_By_Its_Variable_Name_Without_Its_Value()
    {
        var options = new ApiOptions { EnvironmentAdminToken = "tiny-secret" };

        var result = new ApiOptionsValidator().Validate(null, options);

        var failure = Assert.Single(result.Failures!);
        Assert.Equal("ADVISOR_ADMIN_TOKEN must be at least 16 characters long.", failure);
        Assert.DoesNotContain("tiny-secret", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_Tokens_Pass()
    {
        var options = new ApiOptions
        {
            Tokens =
            [
                new ApiTokenOptions { Name = "dashboard", Role = "viewer", Token = "viewer-token-0123456789" },
                new ApiTokenOptions { Name = "finops-bot", Role = "reviewer", TokenSha256 = ValidHash },
            ],
            EnvironmentAdminToken = "env-admin-token-0123456789",
        };

        Assert.True(new ApiOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public async Task The_App_Does_Not_Start_With_A_Bad_Token_And_The_Error_Names_The_Key_Not_The_Secret()
    {
        var configuration = new Dictionary<string, string?>
        {
            ["Api:Tokens:0:Name"] = "finops-bot",
            ["Api:Tokens:0:Role"] = "owner",
            ["Api:Tokens:0:Token"] = "shhh-short",
        };

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => ApiTestHost.StartAsync(configuration, seed: false));

        Assert.Contains("Api:Tokens:0:Role 'owner' is not a role", error.Message, StringComparison.Ordinal);
        Assert.Contains("Api:Tokens:0:Token must be at least 16 characters long.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("shhh-short", error.Message, StringComparison.Ordinal);
    }
}
