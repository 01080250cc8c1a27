using System.Globalization;
using Advisor.Analyzers.Common;
using Advisor.Core.Domain;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.SageMaker.ElasticInference;

/// <summary>The elastic-inference rule for one notebook instance with AcceleratorTypes: drop the accelerators.</summary>
internal static class NotebookAcceleratorRules
{
    public const string Formula = "Σ accelerators former hourly × 730 h while the notebook is InService (0 when Stopped)";

    public static Finding Evaluate(SageMakerNotebookInstance notebook, ScopeSnapshot snapshot)
    {
        var region = snapshot.Scope.Region;
        var result = new FindingFactory(
            SageMakerElasticInferenceAnalyzer.Id,
            new ResourceRef(notebook.Name, notebook.Arn, ResourceTypes.SageMakerNotebookInstance, snapshot.Scope.Account, region));
        var running = string.Equals(notebook.Status, SageMakerElasticInferenceAnalyzer.InServiceStatus, StringComparison.Ordinal);
        var observations = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["status"] = notebook.Status,
            ["instanceType"] = notebook.InstanceType,
            ["acceleratorTypes"] = notebook.AcceleratorTypes,
            ["note"] = EndpointAcceleratorRules.BillingNote,
        };
        var quotes = new List<Core.Pricing.PriceQuote>();
        var lines = new List<SavingsLine>();
        var exact = 0m;
        foreach (var type in notebook.AcceleratorTypes.Where(ElasticInferencePrices.IsElasticInference))
        {
            if (ElasticInferencePrices.Find(type) is not { } accelerator)
            {
                return result.Insufficient(
                    $"Notebook {notebook.Name} names {type}, an Elastic Inference type with no known former price; it must still "
                    + "move off Elastic Inference, but the change cannot be costed.",
                    new Evidence { Observations = observations });
            }

            quotes.Add(ElasticInferencePrices.Quote(accelerator, region, Core.Pricing.PriceComponent.Notebook));
            if (accelerator.Derived)
            {
                observations[$"derivedPrice:{type}"] = ElasticInferencePrices.DerivedSource;
            }

            // Why: a Stopped notebook bills nothing for its accelerator, so dropping it saves nothing now (it must still move).
            var quantity = running ? 1m : 0m;
            var monthly = accelerator.HourlyUsd * quantity * MonthlySavings.HoursPerMonth;
            exact += monthly;
            lines.Add(new SavingsLine($"notebook {notebook.Name}: drop {type}", accelerator.HourlyUsd, quantity, MonthlySavings.RoundCents(monthly)));
        }

        var savings = new MonthlySavings(MonthlySavings.RoundCents(exact), CostBasis.ListOnDemand);
        var state = running
            ? $"saving {savings.Amount.ToString("0.00", CultureInfo.InvariantCulture)} USD a month at the accelerator's former price"
            : "it is Stopped, so nothing is saved now, but it cannot start as configured";

        // Why: the notebook's own config names the retired accelerator (High); an update needs a stop and a restart (risk 2, low effort).
        return result.Recommend(
            EndpointAcceleratorRules.MigrateAction,
            $"Notebook {notebook.Name} ({notebook.InstanceType}) still names retired Elastic Inference "
            + $"({string.Join(", ", notebook.AcceleratorTypes)}); stop it and update it without the accelerator, on a GPU notebook type "
            + $"if it needs one ({state}); validate with a load test.",
            savings,
            new Evidence { Prices = quotes, Formula = Formula, Lines = lines, Observations = observations },
            Confidence.High,
            risk: 2,
            Effort.Low);
    }
}
