using Advisor.Core.Domain;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.Ec2.GpuIdle;

/// <summary>Builds the one finding per EC2 instance with the fields every outcome shares (used by both EC2 GPU analyzers).</summary>
internal sealed class Ec2FindingBuilder(string analyzerId, Ec2Instance instance, Scope scope)
{
    private readonly ResourceRef _resource = new(
        instance.InstanceId,
        $"arn:aws:ec2:{scope.Region}:{scope.Account}:instance/{instance.InstanceId}",
        ResourceTypes.Ec2Instance,
        scope.Account,
        scope.Region);

    public Finding NoAction(string summary, Evidence? evidence = null) => Build(FindingKind.NoAction, summary, evidence);

    public Finding Insufficient(string summary, Evidence? evidence = null) => Build(FindingKind.InsufficientData, summary, evidence);

    public Finding Recommend(string action, string summary, MonthlySavings savings, Evidence evidence) =>
        Build(FindingKind.Recommend, summary, evidence) with { Action = action, Savings = savings };

    private Finding Build(FindingKind kind, string summary, Evidence? evidence) => new()
    {
        AnalyzerId = analyzerId,
        Kind = kind,
        Resource = _resource,
        Summary = summary,
        Evidence = evidence ?? new Evidence(),
    };
}
