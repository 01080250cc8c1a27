using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Advisor.Host.Tests.Api;

/// <summary>Small helpers to read the API's answers as JSON.</summary>
internal static class ApiJson
{
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string path, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return await response.ReadAsync(expected);
    }

    public static async Task<JsonElement> ReadAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> PostDecisionAsync(this HttpClient client, string id, string body, HttpStatusCode expected)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri($"/api/recommendations/{id}/decision", UriKind.Relative), content);
        return await response.ReadAsync(expected);
    }

    public static string Detail(this JsonElement problem) => problem.GetProperty("detail").GetString() ?? "";

    public static IReadOnlyList<string> Ids(this JsonElement list) =>
        [.. list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];

    public static Task<JsonElement> PostJsonAsync(this HttpClient client, string path, object body, HttpStatusCode expected) =>
        client.PostAsJsonAsync(path, body).ContinueWith(t => t.Result.ReadAsync(expected), TaskScheduler.Default).Unwrap();
}
