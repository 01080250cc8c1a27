using Advisor.Core.Snapshots;

namespace Advisor.Aws.Collection;

/// <summary>
/// The read-only IAM actions each source's collector calls, by source. The <c>iam-policy</c> command builds the policy from this
/// and the analyzers' descriptors; a test checks it covers every operation the client interfaces expose.
/// </summary>
public static class CollectionPermissions
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> BySource { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        [Sources.SageMakerEndpoints] = ["sagemaker:ListEndpoints", "sagemaker:DescribeEndpoint", "sagemaker:DescribeEndpointConfig"],
        [Sources.SageMakerInferenceComponents] = ["sagemaker:ListInferenceComponents", "sagemaker:DescribeInferenceComponent"],
        [Sources.SageMakerModels] = ["sagemaker:ListModels", "sagemaker:DescribeModel"],
        [Sources.SageMakerTrainingJobs] = ["sagemaker:ListTrainingJobs", "sagemaker:DescribeTrainingJob", "sagemaker:ListTags"],
        [Sources.SageMakerNotebooks] = ["sagemaker:ListNotebookInstances", "sagemaker:DescribeNotebookInstance", "sagemaker:ListTags"],
        [Sources.SageMakerStudioApps] = ["sagemaker:ListApps"],
        [Sources.CloudWatchMetrics] = ["cloudwatch:GetMetricData"],
        [Sources.CloudWatchAgentMetrics] = ["cloudwatch:ListMetrics"],
        [Sources.CostExplorer] = ["ce:GetCostAndUsage", "ce:GetSavingsPlansPurchaseRecommendation"],
        [Sources.Pricing] = ["pricing:GetProducts"],
        [Sources.Ec2Instances] = ["ec2:DescribeInstances", "ec2:DescribeInstanceTypes"],
        [Sources.Ec2SpotPrices] = ["ec2:DescribeSpotPriceHistory"],
        [Sources.ApplicationAutoScaling] = ["application-autoscaling:DescribeScalableTargets", "application-autoscaling:DescribeScalingPolicies"],
    };
}
