using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;

namespace Advisor.Aws.Collection.Prices;

/// <summary>One price a scope needs: an instance type and the component its workload bills under.</summary>
public sealed record PriceNeed(string InstanceType, PriceComponent Component)
{
    /// <summary>
    /// Exactly the instance types × components the inventory uses: Hosting for instance-backed endpoint variants, Training for
    /// training jobs, Notebook for notebook instances, EC2 for EC2 instances. Sorted and distinct.
    /// </summary>
    public static IReadOnlyList<PriceNeed> For(ScopeInventory inventory)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        var needs = new HashSet<PriceNeed>();
        foreach (var variant in inventory.Endpoints.SelectMany(e => e.Variants).Where(v => !v.IsServerless && v.InstanceType is not null))
        {
            needs.Add(new PriceNeed(variant.InstanceType!, PriceComponent.Hosting));
        }

        foreach (var job in inventory.TrainingJobs.Where(j => j.InstanceType is not null))
        {
            needs.Add(new PriceNeed(job.InstanceType!, PriceComponent.Training));
        }

        foreach (var notebook in inventory.NotebookInstances)
        {
            needs.Add(new PriceNeed(notebook.InstanceType, PriceComponent.Notebook));
        }

        foreach (var instance in inventory.Ec2Instances)
        {
            needs.Add(new PriceNeed(instance.InstanceType, PriceComponent.Ec2));
        }

        return needs.OrderBy(n => n.Component).ThenBy(n => n.InstanceType, StringComparer.Ordinal).ToList();
    }
}
