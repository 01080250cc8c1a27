using Advisor.Analyzers.Common;
using Advisor.Analyzers.SageMaker.EndpointIdle;
using Advisor.Analyzers.SageMaker.EndpointRightsize;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.SageMaker.EndpointConsolidation;

/// <summary>One image's group: which members are low-use, where their summed demand fits, and the finding about the group.</summary>
internal static class GroupDecision
{
    /// <summary>Why: the action id the remediation and the recommendation id are keyed on.</summary>
    public const string Action = "consolidate-to-multi-model-endpoint";

    public const string Formula = "(Σ members' hourly Hosting price × count − consolidated hourly price × count) × 730 h";

    /// <summary>Why: the price book cannot list types, so candidates are the families' SageMaker sizes, each looked up in it.</summary>
    private static readonly string[] Sizes =
        ["medium", "large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge", "32xlarge", "48xlarge"];

    public static Finding Decide(string image, IReadOnlyList<MemberMeasurement> members, ScopeSnapshot snapshot, IPriceBook prices, SageMakerEndpointConsolidationOptions options)
    {
        var scope = snapshot.Scope;
        var id = ConsolidationCandidate.GroupId(image);
        var result = new FindingFactory(SageMakerEndpointConsolidationAnalyzer.Id, new ResourceRef(
            id, $"arn:aws:sagemaker:{scope.Region}:{scope.Account}:endpoint/*", SageMakerEndpointConsolidationAnalyzer.GroupResourceType, scope.Account, scope.Region));
        var low = members.Where(m => m.Verdict == MemberVerdict.LowUse).ToList();
        var cpu = low.Where(m => !m.Candidate.IsGpu).ToList();
        var observations = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["image"] = image,
            ["maxUtilisation"] = options.MaxUtilisation,
            ["percentile"] = options.Percentile,
            ["headroom"] = options.Headroom,
            ["members"] = members.Select(m => $"{m.Candidate.Endpoint.Name}: {m.Candidate.Variant.InstanceCount} × {m.Candidate.InstanceType}, "
                + $"{m.Verdict}, peak use {SummaryText.Percent(m.PeakUse)}, demand {SummaryText.Number(m.DemandVcpus)} vCPUs").ToList(),
        };
        var label = $"Endpoints running image {image}";
        if (cpu.Count < options.MinMembers)
        {
            if (low.Count >= options.MinMembers)
            {
                return result.NoAction($"{label}: {low.Count} use little, but {low.Count - cpu.Count} of them are on GPU types; sharing a GPU "
                    + "between models needs a Triton multi-model endpoint, which this version does not size.", Evidence(observations));
            }

            var unmeasured = members.Count(m => m.Verdict == MemberVerdict.Insufficient);
            return unmeasured > 0 && low.Count + unmeasured >= options.MinMembers
                ? result.Insufficient($"{label}: {unmeasured} of {members.Count} have fewer than {options.MinDatapoints} hourly datapoints, "
                    + "so the group cannot be judged.", Evidence(observations))
                : result.NoAction($"{label}: only {low.Count} use less than {SummaryText.Percent(options.MaxUtilisation)} of their instance "
                    + $"on CPU types (needs {options.MinMembers}).", Evidence(observations));
        }

        var demand = cpu.Sum(m => m.DemandVcpus) * (1 + options.Headroom);
        // Why: 2 instances where any member already ran 2 or more (Availability Zone spread is kept).
        var count = cpu.Any(m => m.Candidate.Variant.InstanceCount >= 2) ? 2 : 1;
        var target = Cheapest(cpu, demand, count, scope.Region, prices);
        observations["demandVcpusWithHeadroom"] = Math.Round(demand, 3);
        observations["consolidatedCount"] = count;
        if (target is null)
        {
            return result.NoAction($"{label}: {cpu.Count} low-use members need {SummaryText.Number(demand)} vCPUs, more than {count} "
                + "instance(s) of any size of their families hold.", Evidence(observations));
        }

        var before = cpu.Sum(m => m.HourlyUsd);
        var after = target.HourlyUsd * count;
        var savings = new MonthlySavings(MonthlySavings.RoundCents((before - after) * MonthlySavings.HoursPerMonth), CostBasis.ListOnDemand);
        observations["consolidatedType"] = target.InstanceType;
        var lines = cpu.Select(m => new SavingsLine($"member {m.Candidate.Endpoint.Name}: {m.Candidate.Variant.InstanceCount} × {m.Candidate.InstanceType}",
            m.Quote!.HourlyUsd, m.Candidate.Variant.InstanceCount, MonthlySavings.RoundCents(m.HourlyUsd * MonthlySavings.HoursPerMonth))).ToList();
        lines.Add(new SavingsLine($"consolidated: {count} × {target.InstanceType}", -target.HourlyUsd, count, -MonthlySavings.RoundCents(after * MonthlySavings.HoursPerMonth)));
        var evidence = Evidence(observations) with
        {
            Prices = [.. cpu.Select(m => m.Quote!).Append(target).Distinct()],
            Formula = Formula,
            Lines = lines,
        };
        var summary = $"{label}: {cpu.Count} endpoints each use under {SummaryText.Percent(options.MaxUtilisation)} of their instance and "
            + $"together need {SummaryText.Number(demand)} vCPUs with headroom; one multi-model endpoint on {count} × {target.InstanceType} holds them";
        if (savings.Amount <= options.MinMonthlySavings)
        {
            return result.NoAction($"{summary}, but that saves only {SummaryText.Number((double)savings.Amount)} USD a month.", evidence);
        }

        // Why: measured on every dimension, but memory, model load time and cold starts of a shared endpoint are not: Medium confidence,
        // risk 2 (callers change to TargetModel); building the endpoint and moving callers is Medium effort.
        return result.Recommend(Action, summary + ".", savings, evidence, Confidence.Medium, risk: 2, Effort.Medium);
    }

    private static PriceQuote? Cheapest(List<MemberMeasurement> members, double demandVcpus, int count, string region, IPriceBook prices)
    {
        var families = members.Select(m => m.Candidate.InstanceType[..(m.Candidate.InstanceType.LastIndexOf('.') + 1)]).Distinct(StringComparer.Ordinal);
        return families
            .SelectMany(f => Sizes.Select(s => f + s))
            .Where(t => prices.Spec(t) is { Accelerator: HostingCandidates.CpuOnly } spec && demandVcpus <= count * spec.Vcpu)
            .Select(t => prices.Find(t, region, PriceComponent.Hosting))
            .OfType<PriceQuote>()
            .OrderBy(q => q.HourlyUsd).ThenBy(q => q.InstanceType, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static Evidence Evidence(Dictionary<string, object?> observations) => new() { Observations = observations };
}
