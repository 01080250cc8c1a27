using System.Text.Json;
using Advisor.Sandbox.Estate;
using Advisor.Sandbox.Protocol;

namespace Advisor.Sandbox.SageMaker;

/// <summary>
/// The mutating endpoint operations: DeleteEndpoint (config and model kept, as in AWS), CreateEndpoint, CreateEndpointConfig and
/// UpdateEndpoint. Created and updated endpoints answer Creating/Updating to the first DescribeEndpoint, InService after it;
/// an update to a config naming an instance type SageMaker does not host ends Failed with a FailureReason instead (as AWS's
/// deployment does when it cannot provision the new fleet), and a Failed endpoint may be updated back to a working config.
/// </summary>
internal sealed class EndpointLifecycleOperations(SandboxEstate estate, TimeProvider clock)
{
    public byte[] Delete(JsonElement input)
    {
        var name = SageMakerService.RequiredString(input, "EndpointName");
        var removed = SandboxEstate.Mutable(estate.Endpoints).Update(list =>
        {
            var found = list.FirstOrDefault(e => Same(e.Name, name));
            return found is null ? (list, false) : (list.Remove(found), true);
        });
        return removed ? Empty() : throw NotFound(name);
    }

    public byte[] Create(JsonElement input)
    {
        var name = SageMakerService.RequiredString(input, "EndpointName");
        var configName = SageMakerService.RequiredString(input, "EndpointConfigName");
        RequireConfig(configName);
        var now = clock.GetUtcNow();
        var tags = TagOperations.ReadTags(input);
        SandboxEstate.Mutable(estate.Endpoints).Update(list =>
        {
            if (list.Any(e => Same(e.Name, name)))
            {
                throw ApiErrors.Validation($"Cannot create already existing endpoint \"{estate.EndpointArn(name)}\".");
            }

            var endpoint = new SandboxEndpoint
            {
                Name = name, ConfigName = configName, Status = "Creating", PendingStatus = "InService",
                CreationTime = now, LastModifiedTime = now, Tags = tags,
            };
            return (list.Add(endpoint), true);
        });
        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("EndpointArn", estate.EndpointArn(name));
            w.WriteEndObject();
        });
    }

    public byte[] CreateConfig(JsonElement input)
    {
        var name = SageMakerService.RequiredString(input, "EndpointConfigName");
        var variants = (JsonInput.Array(input, "ProductionVariants") ?? [])
            .Select(v => new SandboxVariant
            {
                Name = JsonInput.String(v, "VariantName") ?? throw ApiErrors.Validation("ProductionVariants[].VariantName must not be null"),
                ModelName = JsonInput.String(v, "ModelName"),
                InstanceType = JsonInput.String(v, "InstanceType"),
                InstanceCount = JsonInput.Int(v, "InitialInstanceCount"),
                ServerlessMemoryMb = JsonInput.Member(v, "ServerlessConfig") is { } s ? JsonInput.Int(s, "MemorySizeInMB") : null,
                ServerlessMaxConcurrency = JsonInput.Member(v, "ServerlessConfig") is { } c ? JsonInput.Int(c, "MaxConcurrency") : null,
            })
            .ToList();
        if (variants.Count == 0)
        {
            throw ApiErrors.Validation("1 validation error detected: Value '[]' at 'productionVariants' failed to satisfy constraint: Member must have length greater than or equal to 1");
        }

        SandboxEstate.Mutable(estate.EndpointConfigs).Update(list =>
        {
            if (list.Any(c => Same(c.Name, name)))
            {
                throw ApiErrors.Validation($"Cannot create already existing endpoint configuration \"{estate.EndpointConfigArn(name)}\".");
            }

            return (list.Add(new SandboxEndpointConfig { Name = name, CreationTime = clock.GetUtcNow(), Variants = variants }), true);
        });
        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("EndpointConfigArn", estate.EndpointConfigArn(name));
            w.WriteEndObject();
        });
    }

    public byte[] Update(JsonElement input)
    {
        var name = SageMakerService.RequiredString(input, "EndpointName");
        var configName = SageMakerService.RequiredString(input, "EndpointConfigName");
        RequireConfig(configName);
        var now = clock.GetUtcNow();
        SandboxEstate.Mutable(estate.Endpoints).Update(list =>
        {
            var found = list.FirstOrDefault(e => Same(e.Name, name)) ?? throw NotFound(name);
            if (found.Status is not ("InService" or "Failed"))
            {
                throw ApiErrors.Validation($"Cannot update endpoint \"{estate.EndpointArn(name)}\" in status {found.Status}: it must be InService.");
            }

            var failure = UnhostedType(configName) is { } type
                ? $"Failed to deploy the new endpoint configuration: instance type {type} is not a supported SageMaker hosting instance type."
                : null;
            var updated = found with
            {
                ConfigName = configName, Status = "Updating", PendingStatus = failure is null ? "InService" : "Failed",
                FailureReason = failure, LastModifiedTime = now,
            };
            return (list.Replace(found, updated), true);
        });
        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("EndpointArn", estate.EndpointArn(name));
            w.WriteEndObject();
        });
    }

    /// <summary>Moves an endpoint from its transitional status to the pending one (called after a DescribeEndpoint answered).</summary>
    public void Settle(string name) => SandboxEstate.Mutable(estate.Endpoints).Update(list =>
    {
        var found = list.FirstOrDefault(e => Same(e.Name, name));
        return found?.PendingStatus is { } next
            ? (list.Replace(found, found with { Status = next, PendingStatus = null }), true)
            : (list, false);
    });

    internal static byte[] Empty() => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        w.WriteEndObject();
    });

    /// <summary>The first instance type of the config that the bundled price table does not know (what AWS would not host), or null.</summary>
    private string? UnhostedType(string configName) => estate.EndpointConfigs
        .First(c => Same(c.Name, configName)).Variants
        .Select(v => v.InstanceType)
        .FirstOrDefault(t => t is not null && Core.Pricing.BundledPriceBook.Default.Spec(t) is null);

    private void RequireConfig(string configName)
    {
        if (!estate.EndpointConfigs.Any(c => Same(c.Name, configName)))
        {
            throw ApiErrors.Validation($"Could not find endpoint configuration \"{estate.EndpointConfigArn(configName)}\".");
        }
    }

    private SandboxApiException NotFound(string name) => ApiErrors.Validation($"Could not find endpoint \"{estate.EndpointArn(name)}\".");

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
