using Advisor.Sandbox.Estate;

namespace Advisor.Sandbox.Generation;

/// <summary>
/// Gives some multi-instance, instance-backed variants of InService endpoints a target-tracking policy on
/// SageMakerVariantInvocationsPerInstance (Application Auto Scaling), so <c>sagemaker-endpoint-autoscaling</c> has scaled
/// variants to leave alone. Its own <see cref="Random"/>: the other planters' streams are untouched.
/// </summary>
internal static class AutoscalingPlanter
{
    /// <summary>Why: a fixed salt ("AUTO") gives this planter a stream independent of the others.</summary>
    private const int Salt = 0x4155544F;

    /// <summary>Why: about a third of eligible fleets already scale, as in a typical estate; the rest are candidates.</summary>
    private const double PolicyShare = 0.35;

    public static SandboxEstate Plant(SandboxEstate estate, GeneratorOptions options)
    {
        var rng = new Random(options.Seed ^ Salt);
        var configs = estate.EndpointConfigs.ToDictionary(c => c.Name, StringComparer.Ordinal);
        var policies = new List<SandboxScalingPolicy>(estate.ScalingPolicies);
        foreach (var endpoint in estate.Endpoints.Where(e => e.Status == "InService").OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (!configs.TryGetValue(endpoint.ConfigName, out var config))
            {
                continue;
            }

            foreach (var variant in config.Variants.Where(v => v.ServerlessMemoryMb is null && v.ManagedScalingMin is null && v.InstanceCount >= 2))
            {
                if (rng.NextDouble() < PolicyShare)
                {
                    policies.Add(new SandboxScalingPolicy
                    {
                        EndpointName = endpoint.Name,
                        VariantName = variant.Name,
                        PolicyName = "invocations-target-tracking",
                        MinCapacity = 2,
                        MaxCapacity = variant.InstanceCount!.Value * 2,
                    });
                }
            }
        }

        return estate with { ScalingPolicies = policies };
    }
}
