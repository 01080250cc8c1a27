using System.Globalization;
using Advisor.Aws.Errors;
using Advisor.Core.Domain;
using Advisor.Remediation.Execution;
using Advisor.Remediation.Policy;

namespace Advisor.Remediation.Kinds;

/// <summary>
/// Moves one production variant to the smaller instance type (and count) the endpoint right-size analyzer recommends: a new
/// endpoint config <c>&lt;old&gt;-advisor-&lt;hash&gt;</c> copying the old one with that variant changed, UpdateEndpoint to it
/// (blue/green in AWS), then a bounded wait until InService. An update that ends Failed or never settles raises
/// <see cref="ActionFailedException"/>, and the executor updates the endpoint back to the old config. Preconditions: the endpoint
/// is InService on the planned config with the variant's planned type and count (the state fingerprint), tags allow.
/// </summary>
public sealed class RightSizeVariantKind(EndpointWait wait) : IActionKind
{
    public string Id => ActionKindIds.RightSizeVariant;

    /// <summary>The action of <c>sagemaker-endpoint-rightsize</c>.</summary>
    public IReadOnlyList<string> FindingActions { get; } = ["change-instance-type"];

    public string ResourceType => ResourceTypes.SageMakerEndpointVariant;

    public IReadOnlyList<string> IamActions { get; } =
    [
        "sagemaker:DescribeEndpoint", "sagemaker:DescribeEndpointConfig", "sagemaker:ListTags", "sagemaker:CreateEndpointConfig",
        "sagemaker:UpdateEndpoint", "sagemaker:AddTags",
    ];

    public string Verb => "right-size variant";

    /// <summary>A variant finding's resource id, <c>endpoint/variant</c>, split in two.</summary>
    public static (string Endpoint, string Variant) Split(string resourceId)
    {
        ArgumentNullException.ThrowIfNull(resourceId);
        var slash = resourceId.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && slash < resourceId.Length - 1
            ? (resourceId[..slash], resourceId[(slash + 1)..])
            : throw new FormatException("'" + resourceId + "' is not an endpoint/variant resource id.");
    }

    public async Task<ResourceState> InspectAsync(ResourceRef resource, RegionClients clients, CancellationToken cancellationToken)
    {
        var (endpointName, variantName) = Split(resource.Id);
        try
        {
            var endpoint = await clients.SageMaker.DescribeEndpointAsync(endpointName, cancellationToken);
            var configName = endpoint.EndpointConfigName ?? "";
            var config = await clients.SageMaker.DescribeEndpointConfigAsync(configName, cancellationToken);
            var variant = config.ProductionVariants.FirstOrDefault(v => v.VariantName == variantName);
            var tags = await SageMakerReads.TagsAsync(clients.SageMaker, endpoint.EndpointArn, cancellationToken);
            var type = variant?.InstanceType ?? "";
            var count = (variant?.InitialInstanceCount ?? 0).ToString(CultureInfo.InvariantCulture);
            return new ResourceState(true, endpoint.EndpointStatus, tags, $"{endpoint.EndpointStatus}|{configName}|{variantName}|{type}|{count}")
            {
                Details = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["EndpointConfigName"] = configName,
                    ["InstanceType"] = type,
                    ["InstanceCount"] = count,
                    ["VariantFound"] = variant is null ? "false" : "true",
                    ["ManagedScaling"] = config.ProductionVariants.Any(v => v.ManagedInstanceScaling is not null) ? "true" : "false",
                },
            };
        }
        catch (AwsNotFoundException)
        {
            return ResourceState.Missing;
        }
    }

    public Task<string?> CheckAsync(
        ResourceRef resource, ResourceState state, ActionPolicy policy, RegionClients clients, DateTimeOffset now, CancellationToken cancellationToken) =>
        Task.FromResult(!state.Exists ? "the endpoint no longer exists"
            : state.Status != "InService" ? "the endpoint is " + state.Status + ", not InService"
            : state.Details["VariantFound"] != "true" ? "the variant is not in the endpoint's config " + state.Details["EndpointConfigName"] + " any more"
            // Why: the new config is written with the fields the client sends; managed instance scaling is not one, so copying would drop it.
            : state.Details["ManagedScaling"] == "true" ? "a variant of the config uses managed instance scaling, which a copied config would lose"
            : null);

    public string? PlanJson(Finding finding, ResourceState state) => RightSizePlan.From(finding, state).ToJson();

    /// <summary>Only used without a plan (never for entries this kind planned): the old config, which is what a rollback needs.</summary>
    public string RollbackJson(ResourceRef resource, ResourceState state)
    {
        var (endpoint, variant) = Split(resource.Id);
        var config = state.Details.GetValueOrDefault("EndpointConfigName", "");
        return new RightSizePlan(endpoint, variant, config, state.Details.GetValueOrDefault("InstanceType", ""), 0, "", 0, config).ToJson();
    }

    public async Task ExecuteAsync(ResourceRef resource, string? rollbackJson, RegionClients clients, CancellationToken cancellationToken)
    {
        var plan = RightSizePlan.Parse(rollbackJson, resource.Id);
        if (plan.NewInstanceType.Length == 0)
        {
            throw new ActionFailedException("the journal entry names no target instance type");
        }

        await CreateConfigAsync(plan, clients, cancellationToken);
        await clients.SageMakerActions.UpdateEndpointAsync(plan.EndpointName, plan.NewConfigName, cancellationToken);
        var settled = await wait.SettleAsync(clients.SageMaker, plan.EndpointName, cancellationToken);
        if (settled.EndpointStatus == "Failed")
        {
            throw new ActionFailedException("the endpoint update to " + plan.NewConfigName + " ended Failed: " + (settled.FailureReason ?? "no reason given"));
        }

        if (settled.EndpointStatus != "InService")
        {
            throw new ActionFailedException(string.Create(CultureInfo.InvariantCulture,
                $"the endpoint was still {settled.EndpointStatus} after {wait.MaxPolls} checks {wait.PollInterval.TotalSeconds:0} s apart"));
        }

        if (settled.EndpointConfigName != plan.NewConfigName)
        {
            // Why: AWS rolls a failed blue/green deployment back to the old config by itself and reports InService.
            throw new ActionFailedException("the endpoint is InService on " + settled.EndpointConfigName + ", not " + plan.NewConfigName
                + (settled.FailureReason is { } reason ? ": " + reason : "; the update did not take"));
        }
    }

    public async Task<bool> VerifyAsync(ResourceRef resource, string? rollbackJson, RegionClients clients, CancellationToken cancellationToken)
    {
        var plan = RightSizePlan.Parse(rollbackJson, resource.Id);
        try
        {
            var endpoint = await clients.SageMaker.DescribeEndpointAsync(plan.EndpointName, cancellationToken);
            return endpoint.EndpointStatus == "InService" && endpoint.EndpointConfigName == plan.NewConfigName;
        }
        catch (AwsNotFoundException)
        {
            return false;
        }
    }

    public Task RollbackAsync(ResourceRef resource, string rollbackJson, RegionClients clients, CancellationToken cancellationToken)
    {
        var plan = RightSizePlan.Parse(rollbackJson, resource.Id);
        return clients.SageMakerActions.UpdateEndpointAsync(plan.EndpointName, plan.OldConfigName, cancellationToken);
    }

    public Task TagAsync(ResourceRef resource, IReadOnlyDictionary<string, string> tags, RegionClients clients, CancellationToken cancellationToken) =>
        clients.SageMakerActions.AddTagsAsync(resource.Arn, tags, cancellationToken);

    /// <summary>The old config with the variant changed, under the plan's name; kept when a retried attempt already created it.</summary>
    private static async Task CreateConfigAsync(RightSizePlan plan, RegionClients clients, CancellationToken cancellationToken)
    {
        try
        {
            _ = await clients.SageMaker.DescribeEndpointConfigAsync(plan.NewConfigName, cancellationToken);
            return;
        }
        catch (AwsNotFoundException)
        {
            // Why: the usual case: the config does not exist yet.
        }

        var old = await clients.SageMaker.DescribeEndpointConfigAsync(plan.OldConfigName, cancellationToken);
        var variants = old.ProductionVariants
            .Select(v => v.VariantName == plan.VariantName ? v with { InstanceType = plan.NewInstanceType, InitialInstanceCount = plan.NewInstanceCount } : v)
            .ToList();
        await clients.SageMakerActions.CreateEndpointConfigAsync(plan.NewConfigName, variants, cancellationToken);
    }
}
