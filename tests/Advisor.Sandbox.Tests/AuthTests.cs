using System.Text;
using Advisor.Sandbox.Tests.Support;

namespace Advisor.Sandbox.Tests;

public sealed class AuthTests
{
    [Fact]
    public async Task Accepts_A_Correctly_Signed_Request()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var response = await sandbox.Client.SageMakerAsync("ListEndpoints", "{}");
        var body = await Wire.JsonAsync(response);
        Assert.Equal(5, body.GetProperty("Endpoints").GetArrayLength());
        Assert.Equal("application/x-amz-json-1.1", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Accepts_A_Session_Token_With_The_Test_Key()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        using var client = new SignedClient(sandbox.Server.BaseUrl) { SessionToken = "any-session-token" };
        await Wire.JsonAsync(await client.SageMakerAsync("ListEndpoints", "{}"));
    }

    [Fact]
    public async Task Rejects_A_Request_Signed_With_A_Wrong_Secret()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        using var client = sandbox.NewClient(secretKey: "not-the-secret");
        var message = await Wire.ErrorAsync(await client.SageMakerAsync("ListEndpoints", "{}"), 403, "InvalidSignatureException");
        Assert.StartsWith("The request signature we calculated does not match the signature you provided.", message, StringComparison.Ordinal);
        Assert.DoesNotContain(SandboxCredentials.SecretAccessKey, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_An_Unknown_Access_Key()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        using var client = sandbox.NewClient(accessKey: "AKIAOTHERKEY");
        var message = await Wire.ErrorAsync(await client.SageMakerAsync("ListEndpoints", "{}"), 403, "UnrecognizedClientException");
        Assert.Equal("The security token included in the request is invalid.", message);
    }

    [Fact]
    public async Task Rejects_A_Body_Changed_After_Signing()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var signed = Encoding.UTF8.GetBytes("{\"EndpointName\":\"alpha\"}");
        var sent = Encoding.UTF8.GetBytes("{\"EndpointName\":\"betaa\"}");
        var response = await sandbox.Client.SendAsync("/", "application/x-amz-json-1.1", signed, "sagemaker",
            new() { ["X-Amz-Target"] = "SageMaker.DescribeEndpoint" }, sent);
        await Wire.ErrorAsync(response, 403, "InvalidSignatureException");
    }

    [Fact]
    public async Task Rejects_A_Request_Without_Authorization()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent("{}") };
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "SageMaker.ListEndpoints");
        await Wire.ErrorAsync(await sandbox.Client.UnsignedAsync(request), 403, "MissingAuthenticationTokenException");
    }

    [Fact]
    public async Task Rejects_A_Signature_Older_Than_Five_Minutes()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        using var client = sandbox.NewClient(clock: () => DateTime.UtcNow.AddMinutes(-10));
        var message = await Wire.ErrorAsync(await client.SageMakerAsync("ListEndpoints", "{}"), 403, "InvalidSignatureException");
        Assert.StartsWith("Signature expired", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_A_Credential_Scoped_To_Another_Region_And_Names_The_Expected_One()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        using var client = sandbox.NewClient(region: "eu-west-1");
        var message = await Wire.ErrorAsync(await client.SageMakerAsync("ListEndpoints", "{}"), 403, "InvalidSignatureException");
        Assert.Contains("'us-east-1'", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_A_Credential_Scoped_To_Another_Service_And_Names_The_Expected_One()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        var message = await Wire.ErrorAsync(await sandbox.Client.SageMakerAsync("ListEndpoints", "{}", service: "monitoring"), 403, "InvalidSignatureException");
        Assert.Contains("'sagemaker'", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_Query_Protocol_Signature_Errors_In_Xml()
    {
        await using var sandbox = await RunningSandbox.StartAsync();
        using var client = sandbox.NewClient(secretKey: "wrong");
        var xml = await Wire.XmlAsync(await client.CloudWatchQueryAsync("Action=ListMetrics&Version=2010-08-01"), 403);
        Assert.Equal("SignatureDoesNotMatch", xml.Element(Wire.Cw + "Error")!.Element(Wire.Cw + "Code")!.Value);
        Assert.Equal("Sender", xml.Element(Wire.Cw + "Error")!.Element(Wire.Cw + "Type")!.Value);
        Assert.False(string.IsNullOrEmpty(xml.Element(Wire.Cw + "RequestId")!.Value));
    }

    [Theory]
    [InlineData("10.0.0.5")]
    [InlineData("0.0.0.0")]
    [InlineData("example.com")]
    public async Task Refuses_To_Listen_On_A_Non_Loopback_Host(string host)
    {
        var ex = await Assert.ThrowsAsync<ArgumentException>(() =>
            SandboxServer.StartAsync(TestEstate.Build(), null, new SandboxOptions { Host = host }));
        Assert.Contains(host, ex.Message, StringComparison.Ordinal);
    }
}
