using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Advisor.Host.Api;

/// <summary>
/// Documents the numeric query parameters with their real types and ranges. Why: the handlers bind them as strings so a bad
/// value gets our own 400 naming the parameter, which would otherwise show as <c>string</c> in the document.
/// </summary>
internal sealed class NumericParameterTransformer : IOpenApiOperationTransformer
{
    private static readonly Dictionary<string, (JsonSchemaType Type, string Minimum)> Numeric = new(StringComparer.Ordinal)
    {
        ["page"] = (JsonSchemaType.Integer, "1"),
        ["pageSize"] = (JsonSchemaType.Integer, "1"),
        ["limit"] = (JsonSchemaType.Integer, "1"),
        ["minSavings"] = (JsonSchemaType.Number, "0"),
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            if (parameter.In == ParameterLocation.Query && parameter.Name is { } name && Numeric.TryGetValue(name, out var numeric))
            {
                parameter.Schema = new OpenApiSchema
                {
                    Type = numeric.Type,
                    Format = numeric.Type == JsonSchemaType.Integer ? "int32" : "decimal",
                    Minimum = numeric.Minimum,
                };
            }
        }

        return Task.CompletedTask;
    }
}
