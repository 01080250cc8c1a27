using System.Net.Http.Headers;
using System.Text;
using Advisor.Aws.Signing;
using Amazon.Runtime;
using Microsoft.Extensions.Time.Testing;

namespace Advisor.Aws.Tests.Signing;

/// <summary>Cases of the official AWS SigV4 test suite (AKIDEXAMPLE, us-east-1, service "service", 20150830T123600Z).</summary>
public sealed class SigV4TestSuiteTests
{
    private const string Scope = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, ";
    private const string EmptySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static readonly ImmutableCredentials Keys = new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", null);

    [Theory]
    [InlineData("GET", "https://example.amazonaws.com/", "host;x-amz-date", "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31")]
    [InlineData("POST", "https://example.amazonaws.com/", "host;x-amz-date", "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b")]
    [InlineData("GET", "https://example.amazonaws.com/?Param2=value2&Param1=value1", "host;x-amz-date", "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500")]
    public void Matches_The_Published_Signature_Of_A_Vanilla_Case(string method, string url, string signedHeaders, string signature)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);

        Sign(request, [], Keys);

        Assert.Equal($"{Scope}SignedHeaders={signedHeaders}, Signature={signature}", Authorization(request));
        Assert.Equal("20150830T123600Z", request.Headers.GetValues("X-Amz-Date").Single());
    }

    [Fact]
    public void Sorts_Query_Parameters_By_Name_In_The_Canonical_Request()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.amazonaws.com/?Param2=value2&Param1=value1");
        request.Headers.TryAddWithoutValidation("X-Amz-Date", "20150830T123600Z");

        var canonical = CanonicalRequest.Build(request, EmptySha256);

        Assert.Equal(
            $"GET\n/\nParam1=value1&Param2=value2\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n{EmptySha256}",
            canonical.Text);
    }

    [Fact]
    public void Matches_The_Published_Signature_Of_Post_X_Www_Form_Urlencoded()
    {
        var body = Encoding.UTF8.GetBytes("Param1=value1");
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://example.amazonaws.com/")
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded") } },
        };

        Sign(request, body, Keys);

        Assert.Equal(
            $"{Scope}SignedHeaders=content-type;host;x-amz-date, Signature=ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a",
            Authorization(request));
    }

    [Fact]
    public void Matches_The_Published_Signature_Of_Get_Vanilla_With_Session_Token()
    {
        const string token = "6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267";
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.amazonaws.com/");

        Sign(request, [], new ImmutableCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", token));

        Assert.Equal(
            $"{Scope}SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=07ec1639c89043aa0e3e2de82b96708f198cceab042d4a97044c66dd9f74e7f8",
            Authorization(request));
        Assert.Equal(token, request.Headers.GetValues("X-Amz-Security-Token").Single());
    }

    [Fact]
    public void Trims_And_Collapses_Header_Values_And_Lower_Cases_Names()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.amazonaws.com/");
        request.Headers.TryAddWithoutValidation("My-Header1", "  value1   with   spaces  ");
        request.Headers.TryAddWithoutValidation("X-Amz-Date", "20150830T123600Z");

        var canonical = CanonicalRequest.Build(request, EmptySha256);

        Assert.Contains("\nmy-header1:value1 with spaces\n", canonical.Text, StringComparison.Ordinal);
        Assert.Equal("host;my-header1;x-amz-date", canonical.SignedHeaders);
    }

    [Fact]
    public void Replaces_An_Existing_Authorization_When_Signing_Again()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.amazonaws.com/");

        Sign(request, [], Keys);
        Sign(request, [], Keys);

        Assert.Single(request.Headers.GetValues("Authorization"));
        Assert.EndsWith("Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31", Authorization(request), StringComparison.Ordinal);
    }

    private static void Sign(HttpRequestMessage request, byte[] body, ImmutableCredentials credentials)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2015, 8, 30, 12, 36, 0, TimeSpan.Zero));
        new SigV4RequestSigner(clock).Sign(request, body, credentials, "us-east-1", "service");
    }

    private static string Authorization(HttpRequestMessage request) => request.Headers.GetValues("Authorization").Single();
}
