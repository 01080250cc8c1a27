using System.Text.Json;
using System.Xml.Linq;

namespace Advisor.Sandbox.Tests.Support;

/// <summary>Reads answers in the tests: JSON bodies, AWS error codes, query XML.</summary>
internal static class Wire
{
    public static readonly XNamespace Cw = "http://monitoring.amazonaws.com/doc/2010-08-01/";

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response, int expectedStatus = 200)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expectedStatus, $"Expected HTTP {expectedStatus}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<XElement> XmlAsync(HttpResponseMessage response, int expectedStatus = 200)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == expectedStatus, $"Expected HTTP {expectedStatus}, got {(int)response.StatusCode}: {text}");
        return XElement.Parse(text);
    }

    /// <summary>Asserts a JSON error answer and returns its message.</summary>
    public static async Task<string> ErrorAsync(HttpResponseMessage response, int status, string code)
    {
        var body = await JsonAsync(response, status);
        Assert.Equal(code, body.GetProperty("__type").GetString());
        Assert.True(response.Headers.Contains("x-amzn-RequestId"));
        return body.GetProperty("message").GetString()!;
    }

    public static IEnumerable<string> Names(JsonElement list, string member) =>
        list.EnumerateArray().Select(e => e.GetProperty(member).GetString()!);
}
