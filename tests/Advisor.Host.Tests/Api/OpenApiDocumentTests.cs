using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Advisor.Host.Tests.Support;

namespace Advisor.Host.Tests.Api;

/// <summary>The OpenAPI document is public, documents the bearer scheme, and matches the committed <c>docs/openapi.json</c>.</summary>
public sealed class OpenApiDocumentTests
{
    /// <summary>Set to 1 to rewrite <c>docs/openapi.json</c> from what the app serves.</summary>
    private const string UpdateVariable = "UPDATE_OPENAPI";

    [Fact]
    public async Task The_Document_Is_Public_And_Every_Api_Operation_Requires_The_Bearer_Scheme()
    {
        await using var host = await ApiTestHost.StartAsync(seed: false);

        var document = await host.Client().GetJsonAsync("/openapi/v1.json");

        var scheme = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer");
        Assert.Equal("http", scheme.GetProperty("type").GetString());
        Assert.Equal("bearer", scheme.GetProperty("scheme").GetString());
        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Method: o.Name, Operation: o.Value)))
            .ToList();
        Assert.Contains(operations, o => o.Path == "/api/recommendations/{id}/decision" && o.Method == "post");
        Assert.All(operations, o =>
        {
            Assert.StartsWith("/api/", o.Path, StringComparison.Ordinal);
            Assert.True(o.Operation.TryGetProperty("security", out _), $"{o.Method} {o.Path} has no security requirement");
            Assert.True(o.Operation.GetProperty("responses").TryGetProperty("401", out _), $"{o.Method} {o.Path} documents no 401");
        });
    }

    [Fact]
    public async Task The_Committed_Document_Matches_What_The_App_Serves()
    {
        await using var host = await ApiTestHost.StartAsync(seed: false);
        using var client = host.Client();
        var served = Normalise(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var path = RepoPaths.Of("docs/openapi.json");

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(path, served);
        }

        Assert.True(File.Exists(path), $"docs/openapi.json is missing; run the tests with {UpdateVariable}=1 to write it.");
        var committed = await File.ReadAllTextAsync(path);
        Assert.True(
            committed == served,
            $"docs/openapi.json differs from what the app serves; run `{UpdateVariable}=1 dotnet test tests/Advisor.Host.Tests --filter OpenApiDocumentTests` and commit it.");
    }

    private static string Normalise(string json) =>
        JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";
}
