using Advisor.Aws.AutoScaling;
using Advisor.Core.Snapshots;
using Microsoft.Extensions.Logging;

namespace Advisor.Aws.Collection;

/// <summary>
/// Finds the SageMaker endpoint variants that have an Application Auto Scaling policy: DescribeScalingPolicies for the
/// <c>sagemaker</c> namespace, all pages, one call chain per scope (never one per variant).
/// </summary>
public sealed class AutoScalingCollector(IApplicationAutoScalingApi autoScaling, ILogger<AutoScalingCollector> logger)
{
    /// <summary>Why: the only scalable dimension of a production variant (aws-wire.md, Application Auto Scaling).</summary>
    public const string VariantDimension = "sagemaker:variant:DesiredInstanceCount";

    /// <summary>Why: DescribeScalingPolicies accepts MaxResults 1–50; the largest page keeps the call count down.</summary>
    private const int PageSize = 50;

    /// <summary>Why: a NextToken that never ends is a server bug; stop after this many pages.</summary>
    private const int MaxPages = 1_000;

    /// <summary>
    /// The resource ids (<c>endpoint/&lt;name&gt;/variant/&lt;variant&gt;</c>) with at least one scaling policy, and the
    /// <see cref="Sources.ApplicationAutoScaling"/> status (a denied or throttled source is reported, not thrown).
    /// </summary>
    public async Task<(IReadOnlyList<string> ScaledVariantResourceIds, SourceStatus Status)> CollectAsync(CancellationToken cancellationToken)
    {
        var scaled = new SortedSet<string>(StringComparer.Ordinal);
        var calls = 0;
        try
        {
            string? token = null;
            do
            {
                if (++calls > MaxPages)
                {
                    throw new InvalidOperationException("DescribeScalingPolicies kept returning NextToken; stopping.");
                }

                var page = await autoScaling.DescribeScalingPoliciesAsync(new DescribeScalingPoliciesRequest("sagemaker", token, PageSize), cancellationToken);
                foreach (var policy in page.ScalingPolicies.Where(p => p.ScalableDimension == VariantDimension))
                {
                    scaled.Add(policy.ResourceId);
                }

                token = page.NextToken;
            }
            while (token is not null);
        }
        catch (Exception ex) when (SourceFailure.IsSourceError(ex))
        {
            logger.LogWarning(ex, "DescribeScalingPolicies failed with {Health}", SourceFailure.HealthOf(ex));
            return ([], new SourceStatus(Sources.ApplicationAutoScaling, SourceFailure.HealthOf(ex), SourceFailure.Describe(ex), calls));
        }

        logger.LogInformation("Found {VariantCount} endpoint variants with a scaling policy with {CallCount} calls", scaled.Count, calls);
        return (scaled.ToList(), new SourceStatus(Sources.ApplicationAutoScaling, SourceHealth.Healthy,
            $"{scaled.Count} endpoint variants with a scaling policy", calls));
    }
}
