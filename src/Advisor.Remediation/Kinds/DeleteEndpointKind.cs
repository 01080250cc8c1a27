using System.Globalization;
using System.Text.Json;
using Advisor.Aws.Errors;
using Advisor.Core.Domain;
using Advisor.Remediation.Policy;

namespace Advisor.Remediation.Kinds;

/// <summary>
/// Deletes an idle real-time endpoint. Its endpoint config and model stay, so the rollback is one CreateEndpoint with the kept
/// config. Preconditions: the endpoint still exists, is InService, hosts no inference components (those endpoints are left to
/// <see cref="ScaleInferenceComponentsToZeroKind"/>: deleting would also drop their components, which DeleteEndpoint does not keep),
/// and had zero invocations over the policy's look-back.
/// </summary>
public sealed class DeleteEndpointKind : IActionKind
{
    public string Id => ActionKindIds.DeleteEndpoint;

    public IReadOnlyList<string> FindingActions { get; } = ["delete-endpoint"];

    public string ResourceType => ResourceTypes.SageMakerEndpoint;

    public IReadOnlyList<string> IamActions { get; } =
    [
        "sagemaker:DescribeEndpoint", "sagemaker:ListTags", "sagemaker:ListInferenceComponents", "cloudwatch:GetMetricData", "sagemaker:DeleteEndpoint",
        "sagemaker:CreateEndpoint", "sagemaker:AddTags",
    ];

    public string Verb => "delete endpoint";

    public async Task<ResourceState> InspectAsync(ResourceRef resource, RegionClients clients, CancellationToken cancellationToken)
    {
        try
        {
            var endpoint = await clients.SageMaker.DescribeEndpointAsync(resource.Id, cancellationToken);
            var tags = await SageMakerReads.TagsAsync(clients.SageMaker, endpoint.EndpointArn, cancellationToken);
            var components = await SageMakerReads.ComponentNamesAsync(clients.SageMaker, resource.Id, cancellationToken);
            return new ResourceState(true, endpoint.EndpointStatus, tags, endpoint.EndpointStatus + "|" + endpoint.EndpointConfigName)
            {
                Details = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["EndpointConfigName"] = endpoint.EndpointConfigName ?? "",
                    ["Variants"] = string.Join(',', endpoint.ProductionVariants.Select(v => v.VariantName)),
                    ["InferenceComponents"] = components.Count.ToString(CultureInfo.InvariantCulture),
                },
            };
        }
        catch (AwsNotFoundException)
        {
            return ResourceState.Missing;
        }
    }

    public string? Declines(ResourceState state) =>
        state.Details.TryGetValue("InferenceComponents", out var count) && count != "0"
            ? "the endpoint hosts " + count + " inference components; " + ActionKindIds.ScaleInferenceComponentsToZero + " scales them to zero instead"
            : null;

    public async Task<string?> CheckAsync(
        ResourceRef resource, ResourceState state, ActionPolicy policy, RegionClients clients, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!state.Exists)
        {
            return "the endpoint no longer exists";
        }

        if (state.Status != "InService")
        {
            return "the endpoint is " + state.Status + ", not InService";
        }

        if (Declines(state) is { } declined)
        {
            return declined;
        }

        var variants = state.Details["Variants"].Split(',', StringSplitOptions.RemoveEmptyEntries);
        var invocations = await SageMakerReads.InvocationsAsync(clients.CloudWatch, resource.Id, variants, policy.IdleLookback, now, cancellationToken);
        return invocations > 0
            ? string.Create(CultureInfo.InvariantCulture, $"traffic came back: {invocations:0} invocations in the last {policy.IdleLookback.TotalHours:0} h")
            : null;
    }

    public string RollbackJson(ResourceRef resource, ResourceState state) => JsonSerializer.Serialize(new EndpointRollback(
        resource.Id, state.Details["EndpointConfigName"], state.Tags.ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal)));

    public async Task ExecuteAsync(ResourceRef resource, string? rollbackJson, RegionClients clients, CancellationToken cancellationToken)
    {
        try
        {
            await clients.SageMakerActions.DeleteEndpointAsync(resource.Id, cancellationToken);
        }
        catch (AwsNotFoundException)
        {
            // Why: a retried DeleteEndpoint whose first attempt landed answers "Could not find endpoint": the goal is reached.
        }
    }

    public async Task<bool> VerifyAsync(ResourceRef resource, string? rollbackJson, RegionClients clients, CancellationToken cancellationToken)
    {
        var state = await InspectAsync(resource, clients, cancellationToken);
        return !state.Exists || state.Status == "Deleting";
    }

    public async Task RollbackAsync(ResourceRef resource, string rollbackJson, RegionClients clients, CancellationToken cancellationToken)
    {
        var rollback = JsonSerializer.Deserialize<EndpointRollback>(rollbackJson)
            ?? throw new InvalidOperationException("The journal's rollback data for " + resource.Id + " is empty.");
        var tags = rollback.Tags.Where(t => !t.Key.StartsWith("aws:", StringComparison.Ordinal)).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        await clients.SageMakerActions.CreateEndpointAsync(rollback.EndpointName, rollback.EndpointConfigName, tags, cancellationToken);
    }

    public Task TagAsync(ResourceRef resource, IReadOnlyDictionary<string, string> tags, RegionClients clients, CancellationToken cancellationToken) =>
        clients.SageMakerActions.AddTagsAsync(resource.Arn, tags, cancellationToken);

    /// <summary>What re-creating the endpoint needs (the config is kept by DeleteEndpoint).</summary>
    private sealed record EndpointRollback(string EndpointName, string EndpointConfigName, Dictionary<string, string> Tags);
}
