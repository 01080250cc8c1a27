using System.Text.Json;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;
using Advisor.Remediation.Kinds;
using Advisor.Remediation.Policy;
using Advisor.Storage.Journal;

namespace Advisor.Remediation.Verification;

/// <summary>
/// The Cost Explorer usage-type suffixes (<see cref="UsageTypeMatch"/>) of the resource a succeeded action changed, read after the
/// fact: delete-endpoint from the kept endpoint config named in RollbackJson; right-size-variant from its plan (old and new type:
/// the drop is old minus new); scale-inference-components-to-zero from the endpoint's config; stop-notebook from the notebook;
/// stop-ec2-instance from the latest inventory (stopped instances are still listed). Empty when it cannot be told.
/// </summary>
public sealed class UsageTypeResolver(IRemediationClients clients)
{
    public async Task<IReadOnlyList<string>> ResolveAsync(JournalEntry entry, ScopeInventory? inventory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var region = clients.ForRegion(entry.Resource.Region);
        switch (entry.ActionKind)
        {
            case ActionKindIds.DeleteEndpoint when ConfigName(entry.RollbackJson) is { } config:
                return await HostingAsync(region, config, cancellationToken);
            case ActionKindIds.RightSizeVariant:
                var plan = RightSizePlan.Parse(entry.RollbackJson, entry.Resource.Id);
                return [.. new[] { plan.OldInstanceType, plan.NewInstanceType }.Distinct(StringComparer.Ordinal)
                    .Select(t => UsageTypeMatch.Suffix(PriceComponent.Hosting, t))];
            case ActionKindIds.ScaleInferenceComponentsToZero:
                var endpoint = await region.SageMaker.DescribeEndpointAsync(entry.Resource.Id, cancellationToken);
                return endpoint.EndpointConfigName is { } name ? await HostingAsync(region, name, cancellationToken) : [];
            case ActionKindIds.StopNotebook:
                var notebook = await region.SageMaker.DescribeNotebookInstanceAsync(entry.Resource.Id, cancellationToken);
                return notebook.InstanceType is { } type ? [UsageTypeMatch.Suffix(PriceComponent.Notebook, type)] : [];
            case ActionKindIds.StopEc2Instance:
                var instance = inventory?.Ec2Instances.FirstOrDefault(i => i.InstanceId == entry.Resource.Id);
                return instance is null ? [] : [UsageTypeMatch.Suffix(PriceComponent.Ec2, instance.InstanceType)];
            default:
                return [];
        }
    }

    private static async Task<IReadOnlyList<string>> HostingAsync(RegionClients region, string configName, CancellationToken ct)
    {
        var config = await region.SageMaker.DescribeEndpointConfigAsync(configName, ct);
        return [.. config.ProductionVariants.Select(v => v.InstanceType).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(t => UsageTypeMatch.Suffix(PriceComponent.Hosting, t))];
    }

    private static string? ConfigName(string? rollbackJson)
    {
        if (rollbackJson is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(rollbackJson);
        return document.RootElement.TryGetProperty("EndpointConfigName", out var name) ? name.GetString() : null;
    }
}
