using System.Text.Json;
using System.Text.Json.Serialization;

namespace Advisor.Aws.Protocol;

/// <summary>The System.Text.Json settings of the AWS JSON protocols: exact member names, nulls omitted, epoch-second timestamps.</summary>
public static class AwsJson
{
    /// <summary>Shared, read-only options for request and response bodies.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            // Why: AWS members are PascalCase and case-sensitive; property names are sent exactly as declared.
            PropertyNamingPolicy = null,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.Converters.Add(new EpochSecondsConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
