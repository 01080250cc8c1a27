namespace Advisor.Aws.Tests.Moto;

/// <summary>The moto process wrapper itself: a missing python or moto fails loudly, and dispose really stops the server.</summary>
public sealed class MotoServerTests
{
    [Fact]
    public async Task A_Missing_Python_Fails_With_A_Message_Naming_It()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => MotoServer.StartAsync(pythonExecutable: "python3-not-installed-here"));

        Assert.Contains("python3-not-installed-here", error.Message, StringComparison.Ordinal);
        Assert.Contains("moto", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Missing_Moto_Module_Fails_With_Pythons_Own_Error()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => MotoServer.StartAsync(module: "moto_not_installed_here.server"));

        Assert.Contains("exited with code", error.Message, StringComparison.Ordinal);
        Assert.Contains("No module named", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Started_Server_Answers_Resets_And_Stops_On_Dispose()
    {
        var server = await MotoServer.StartAsync();
        Uri endpoint;
        try
        {
            endpoint = server.Endpoint;
            Assert.Equal("127.0.0.1", endpoint.Host);
            await server.ResetAsync();
            Assert.Contains("moto-api/reset", server.StandardError, StringComparison.Ordinal);
        }
        finally
        {
            await server.DisposeAsync();
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri(endpoint, "moto-api/")));
    }
}
