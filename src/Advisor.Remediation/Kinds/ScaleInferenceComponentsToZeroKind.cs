using System.Globalization;
using System.Text.Json;
using Advisor.Aws.Errors;
using Advisor.Core.Domain;
using Advisor.Remediation.Policy;

namespace Advisor.Remediation.Kinds;

/// <summary>
/// For an idle endpoint that hosts inference components (the idle analyzer's <c>delete-endpoint</c>): sets every component's
/// copy count to 0 instead of deleting the endpoint (AWS's scale to zero: the endpoint, its config and components stay, and a
/// scaling policy may bring copies back with traffic). Preconditions: InService, still hosts components, each InService, and
/// zero invocations over the policy's look-back. Rollback restores each component's previous copy count.
/// </summary>
public sealed class ScaleInferenceComponentsToZeroKind : IActionKind
{
    public string Id => ActionKindIds.ScaleInferenceComponentsToZero;

    public IReadOnlyList<string> FindingActions { get; } = ["delete-endpoint"];

    public string ResourceType => ResourceTypes.SageMakerEndpoint;

    public IReadOnlyList<string> IamActions { get; } =
    [
        "sagemaker:DescribeEndpoint", "sagemaker:ListTags", "cloudwatch:GetMetricData", "sagemaker:ListInferenceComponents",
        "sagemaker:DescribeInferenceComponent", "sagemaker:UpdateInferenceComponentRuntimeConfig", "sagemaker:AddTags",
    ];

    public string Verb => "scale inference components to zero";

    public async Task<ResourceState> InspectAsync(ResourceRef resource, RegionClients clients, CancellationToken cancellationToken)
    {
        try
        {
            var endpoint = await clients.SageMaker.DescribeEndpointAsync(resource.Id, cancellationToken);
            var tags = await SageMakerReads.TagsAsync(clients.SageMaker, endpoint.EndpointArn, cancellationToken);
            var components = await SageMakerReads.ComponentsAsync(clients.SageMaker, resource.Id, cancellationToken);
            var copies = string.Join(',', components.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Name}={c.Desired}")));
            return new ResourceState(true, endpoint.EndpointStatus, tags, endpoint.EndpointStatus + "|" + endpoint.EndpointConfigName + "|" + copies)
            {
                Details = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["Variants"] = string.Join(',', endpoint.ProductionVariants.Select(v => v.VariantName)),
                    ["Components"] = copies,
                    ["NotInService"] = string.Join(',', components.Where(c => c.Status != "InService").Select(c => c.Name + " is " + c.Status)),
                },
            };
        }
        catch (AwsNotFoundException)
        {
            return ResourceState.Missing;
        }
    }

    public string? Declines(ResourceState state)
    {
        var copies = Copies(state);
        return !state.Exists ? null
            : copies.Count == 0 ? "the endpoint hosts no inference components"
            : copies.Values.All(c => c == 0) ? "every inference component of the endpoint is already at 0 copies"
            : null;
    }

    public async Task<string?> CheckAsync(
        ResourceRef resource, ResourceState state, ActionPolicy policy, RegionClients clients, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var copies = Copies(state);
        var reason = !state.Exists ? "the endpoint no longer exists"
            : state.Status != "InService" ? "the endpoint is " + state.Status + ", not InService"
            : copies.Count == 0 ? "the endpoint no longer hosts inference components"
            : state.Details["NotInService"] is { Length: > 0 } busy ? "inference component " + busy
            : copies.Values.All(c => c == 0) ? "every inference component is already at 0 copies"
            : null;
        if (reason is not null)
        {
            return reason;
        }

        var variants = state.Details["Variants"].Split(',', StringSplitOptions.RemoveEmptyEntries);
        var invocations = await SageMakerReads.InvocationsAsync(clients.CloudWatch, resource.Id, variants, policy.IdleLookback, now, cancellationToken);
        return invocations > 0
            ? string.Create(CultureInfo.InvariantCulture, $"traffic came back: {invocations:0} invocations in the last {policy.IdleLookback.TotalHours:0} h")
            : null;
    }

    /// <summary>The endpoint and each component's copy count before the action: what the rollback restores.</summary>
    public string RollbackJson(ResourceRef resource, ResourceState state) =>
        JsonSerializer.Serialize(new ComponentRollback(resource.Id, Copies(state)));

    public async Task ExecuteAsync(ResourceRef resource, string? rollbackJson, RegionClients clients, CancellationToken cancellationToken)
    {
        foreach (var (name, copies) in Parse(rollbackJson, resource).Components.Where(c => c.Value > 0))
        {
            await clients.SageMakerActions.UpdateInferenceComponentCopyCountAsync(name, 0, cancellationToken);
        }
    }

    /// <summary>True when every component of the plan reports 0 desired and 0 current copies.</summary>
    public async Task<bool> VerifyAsync(ResourceRef resource, string? rollbackJson, RegionClients clients, CancellationToken cancellationToken)
    {
        var planned = Parse(rollbackJson, resource).Components.Keys.ToHashSet(StringComparer.Ordinal);
        var components = await SageMakerReads.ComponentsAsync(clients.SageMaker, resource.Id, cancellationToken);
        return components.Where(c => planned.Contains(c.Name)).All(c => c.Desired == 0 && c.Current == 0);
    }

    public async Task RollbackAsync(ResourceRef resource, string rollbackJson, RegionClients clients, CancellationToken cancellationToken)
    {
        foreach (var (name, copies) in Parse(rollbackJson, resource).Components.Where(c => c.Value > 0))
        {
            await clients.SageMakerActions.UpdateInferenceComponentCopyCountAsync(name, copies, cancellationToken);
        }
    }

    public Task TagAsync(ResourceRef resource, IReadOnlyDictionary<string, string> tags, RegionClients clients, CancellationToken cancellationToken) =>
        clients.SageMakerActions.AddTagsAsync(resource.Arn, tags, cancellationToken);

    private static Dictionary<string, int> Copies(ResourceState state) =>
        state.Details.TryGetValue("Components", out var text)
            ? text.Split(',', StringSplitOptions.RemoveEmptyEntries)
                .Select(pair => pair.Split('='))
                .ToDictionary(p => p[0], p => int.Parse(p[1], CultureInfo.InvariantCulture), StringComparer.Ordinal)
            : [];

    private static ComponentRollback Parse(string? json, ResourceRef resource) =>
        (json is null ? null : JsonSerializer.Deserialize<ComponentRollback>(json))
        ?? throw new Execution.ActionFailedException("the journal entry of " + resource.Id + " holds no copy counts");

    /// <summary>What restoring the components needs: each one's copy count before scaling to zero.</summary>
    private sealed record ComponentRollback(string EndpointName, Dictionary<string, int> Components);
}
