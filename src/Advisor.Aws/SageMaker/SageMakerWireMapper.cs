using System.Net;
using Advisor.Aws.Errors;

namespace Advisor.Aws.SageMaker;

/// <summary>Maps SageMaker wire shapes to the public records, naming any required member that is missing.</summary>
internal static class SageMakerWireMapper
{
    public static EndpointSummary ToSummary(string op, EndpointSummaryWire? e)
    {
        if (e is null)
        {
            throw Missing(op, "Endpoints[]");
        }

        return new EndpointSummary(
            e.EndpointName ?? throw Missing(op, "Endpoints[].EndpointName"),
            e.EndpointArn ?? throw Missing(op, "Endpoints[].EndpointArn"),
            e.CreationTime ?? throw Missing(op, "Endpoints[].CreationTime"),

            // Why: LastModifiedTime is required in the model; a tolerant fallback to CreationTime keeps a sparse fake usable.
            e.LastModifiedTime ?? e.CreationTime.Value,
            e.EndpointStatus ?? throw Missing(op, "Endpoints[].EndpointStatus"));
    }

    public static DescribeEndpointResponse ToResponse(DescribeEndpointOutput o)
    {
        const string op = "DescribeEndpoint";
        var created = o.CreationTime ?? throw Missing(op, "CreationTime");
        var variants = (o.ProductionVariants ?? []).Select(v => v is null
            ? throw Missing(op, "ProductionVariants[]")
            : new ProductionVariantSummary(
                v.VariantName ?? throw Missing(op, "ProductionVariants[].VariantName"),
                v.CurrentInstanceCount,
                v.DesiredInstanceCount,
                v.CurrentWeight,
                v.CurrentServerlessConfig?.MemorySizeInMB)).ToList();
        return new DescribeEndpointResponse(
            o.EndpointName ?? throw Missing(op, "EndpointName"),
            o.EndpointArn ?? throw Missing(op, "EndpointArn"),
            o.EndpointConfigName,
            o.EndpointStatus ?? throw Missing(op, "EndpointStatus"),
            created,
            o.LastModifiedTime ?? created,
            variants)
        {
            FailureReason = o.FailureReason,
        };
    }

    public static DescribeEndpointConfigResponse ToResponse(DescribeEndpointConfigOutput o)
    {
        const string op = "DescribeEndpointConfig";
        var variants = (o.ProductionVariants ?? throw Missing(op, "ProductionVariants")).Select(v => v is null
            ? throw Missing(op, "ProductionVariants[]")
            : new ProductionVariant(
                v.VariantName ?? throw Missing(op, "ProductionVariants[].VariantName"),
                v.ModelName,
                v.InstanceType,
                v.InitialInstanceCount,
                v.AcceleratorType,
                v.ServerlessConfig is { } s
                    ? new ServerlessConfig(
                        s.MemorySizeInMB ?? throw Missing(op, "ProductionVariants[].ServerlessConfig.MemorySizeInMB"),
                        s.MaxConcurrency ?? throw Missing(op, "ProductionVariants[].ServerlessConfig.MaxConcurrency"))
                    : null,
                v.ManagedInstanceScaling is { } m

                    // Why: managed scaling acts only when Status is ENABLED, so an absent status reads as DISABLED.
                    ? new ManagedInstanceScaling(m.Status ?? "DISABLED", m.MinInstanceCount, m.MaxInstanceCount)
                    : null)).ToList();
        return new DescribeEndpointConfigResponse(
            o.EndpointConfigName ?? throw Missing(op, "EndpointConfigName"),
            o.EndpointConfigArn ?? throw Missing(op, "EndpointConfigArn"),
            variants,
            o.CreationTime ?? throw Missing(op, "CreationTime"));
    }

    public static AwsInvalidResponseException Missing(string operation, string member) =>
        new(new AwsErrorDetails(
            "SageMaker", operation, "InvalidResponse",
            $"SageMaker {operation} returned a response without the required member {member}.", null, HttpStatusCode.OK));
}
