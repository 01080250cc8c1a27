using Advisor.Aws.CloudWatch;
using Advisor.Aws.Ec2;
using Advisor.Aws.SageMaker;

namespace Advisor.Remediation.Kinds;

/// <summary>The AWS clients one region's actions need: reads for the precondition re-check, and the mutating calls.</summary>
public sealed record RegionClients(ISageMakerApi SageMaker, ISageMakerActionsApi SageMakerActions, ICloudWatchApi CloudWatch, IEc2ActionsApi Ec2);

/// <summary>Gives the clients of a region (one set per region, created once).</summary>
public interface IRemediationClients
{
    RegionClients ForRegion(string region);
}
