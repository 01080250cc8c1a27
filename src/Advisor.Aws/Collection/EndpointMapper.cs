using Advisor.Aws.SageMaker;
using Advisor.Core.Snapshots;

namespace Advisor.Aws.Collection;

/// <summary>Joins DescribeEndpoint (current instance counts) with DescribeEndpointConfig (instance types) into one snapshot record.</summary>
internal static class EndpointMapper
{
    public static SageMakerEndpoint Map(DescribeEndpointResponse endpoint, DescribeEndpointConfigResponse? config)
    {
        var configVariants = config?.ProductionVariants.ToDictionary(v => v.VariantName, StringComparer.Ordinal)
            ?? new Dictionary<string, ProductionVariant>(StringComparer.Ordinal);
        var names = endpoint.ProductionVariants.Select(v => v.VariantName)
            .Concat(configVariants.Keys)
            .Distinct(StringComparer.Ordinal);

        var variants = names.Select(name =>
        {
            var live = endpoint.ProductionVariants.FirstOrDefault(v => v.VariantName == name);
            configVariants.TryGetValue(name, out var configured);
            var serverlessMb = configured?.ServerlessConfig?.MemorySizeInMB ?? live?.CurrentServerlessMemorySizeInMb;
            return new EndpointVariant
            {
                Name = name,
                InstanceType = configured?.InstanceType,

                // Why: what runs now is the endpoint's CurrentInstanceCount (autoscaling moves it); the config holds only the initial count.
                InstanceCount = serverlessMb is null ? live?.CurrentInstanceCount ?? configured?.InitialInstanceCount ?? 0 : 0,
                AcceleratorType = configured?.AcceleratorType,
                ModelName = configured?.ModelName,
                ServerlessMemoryMb = serverlessMb,
                ManagedScalingMinInstances = configured?.ManagedInstanceScaling is { Status: "ENABLED" } scaling
                    ? scaling.MinInstanceCount
                    : null,
            };
        }).ToList();

        return new SageMakerEndpoint
        {
            Name = endpoint.EndpointName,
            Arn = endpoint.EndpointArn,
            Status = endpoint.EndpointStatus,
            CreationTime = endpoint.CreationTime,
            LastModifiedTime = endpoint.LastModifiedTime,
            ConfigName = endpoint.EndpointConfigName,
            ConfigResolved = config is not null,
            Variants = variants,
        };
    }
}
