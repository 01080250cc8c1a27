using System.Globalization;
using Advisor.Analyzers.Common;
using Advisor.Core.Domain;
using Advisor.Core.Pricing;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.SageMaker.NotebookIdle;

/// <summary>The notebook-idle rule for one InService notebook: lifecycle config, age since the last change, price, then savings.</summary>
internal static class NotebookIdleRules
{
    /// <summary>Why: the action id the remediation and the recommendation id are keyed on.</summary>
    public const string StopAction = "stop-notebook-and-add-auto-stop";

    /// <summary>Why: the savings assumption is stated per week (business hours out of 24 × 7).</summary>
    public const decimal HoursPerWeek = 168m;

    public const string Formula = "hourly Notebook price × 730 h × (168 h − assumed busy hours a week) ÷ 168 h";

    public const string NoMetricsNote = "SageMaker publishes no CloudWatch metrics for notebook instances; the signals are the status, "
        + "LastModifiedTime and the missing lifecycle config, so idleness is inferred, not measured";

    public static Finding Evaluate(SageMakerNotebookInstance notebook, ScopeSnapshot snapshot, IPriceBook prices, SageMakerNotebookIdleOptions options)
    {
        var result = new FindingFactory(
            SageMakerNotebookIdleAnalyzer.Id,
            new ResourceRef(notebook.Name, notebook.Arn, ResourceTypes.SageMakerNotebookInstance, snapshot.Scope.Account, snapshot.Scope.Region));
        var name = notebook.Name;

        // Why: the window's end is the snapshot's "now" (analyzers never read the clock).
        var now = snapshot.Window.End;
        var unmodified = now - notebook.LastModifiedTime;
        var observations = Observations(notebook, unmodified, options);
        if (notebook.LifecycleConfigName is { } lifecycle)
        {
            return result.NoAction(
                $"Notebook {name} has lifecycle config {lifecycle}, where an auto-stop script lives; its content is not read, so it is trusted.",
                new Evidence { Observations = observations });
        }

        if (unmodified < TimeSpan.FromDays(options.MinDaysSinceModified))
        {
            return result.Insufficient(
                $"Notebook {name} was modified {Days(unmodified)} days ago, under the {options.MinDaysSinceModified.ToString(CultureInfo.InvariantCulture)}-day "
                + "threshold; without CloudWatch metrics there is not enough history to call it forgotten.",
                new Evidence { Observations = observations });
        }

        if (prices.Find(notebook.InstanceType, snapshot.Scope.Region, PriceComponent.Notebook) is not { } quote)
        {
            return result.Insufficient(
                $"No trusted price for {notebook.InstanceType} (Notebook) in {snapshot.Scope.Region}; notebook {name} cannot be costed.",
                new Evidence { Observations = observations });
        }

        var idleHours = HoursPerWeek - options.BusyHoursPerWeek;
        var exact = quote.HourlyUsd * MonthlySavings.HoursPerMonth * idleHours / HoursPerWeek;
        var savings = new MonthlySavings(MonthlySavings.RoundCents(exact), CostBasis.ListOnDemand);
        var busy = options.BusyHoursPerWeek.ToString("0.##", CultureInfo.InvariantCulture);
        var assumption = $"assumes it is needed {busy} of 168 h a week once it auto-stops";
        observations["assumption"] = assumption;
        var evidence = new Evidence
        {
            Prices = [quote],
            Formula = Formula,
            Lines =
            [
                new SavingsLine(
                    $"notebook {name}: {notebook.InstanceType} running 730 h a month, needed {busy} of 168 h a week",
                    quote.HourlyUsd,
                    Math.Round(idleHours / HoursPerWeek, 6, MidpointRounding.AwayFromZero),
                    savings.Amount),
            ],
            Observations = observations,
        };
        // Why: no CloudWatch metrics exist for notebook instances, so idleness is derived from status, LastModifiedTime and the
        // missing lifecycle config (Medium). Stopping keeps the ML storage volume and restarting takes minutes: risk 1, low effort.
        return result.Recommend(
            StopAction,
            $"Notebook {name} ({notebook.InstanceType}) has been InService with no lifecycle config (no auto-stop) and unchanged for "
            + $"{Days(unmodified)} days; stop it and add an auto-stop lifecycle config (savings {assumption}).",
            savings,
            evidence,
            Confidence.Medium,
            risk: 1,
            Effort.Low);
    }

    private static Dictionary<string, object?> Observations(SageMakerNotebookInstance notebook, TimeSpan unmodified, SageMakerNotebookIdleOptions options)
    {
        var observations = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["status"] = notebook.Status,
            ["instanceType"] = notebook.InstanceType,
            ["lastModifiedTime"] = notebook.LastModifiedTime,
            ["daysSinceModified"] = Math.Round(unmodified.TotalDays, 2),
            ["minDaysSinceModified"] = options.MinDaysSinceModified,
            ["lifecycleConfigName"] = notebook.LifecycleConfigName,
            ["busyHoursPerWeek"] = options.BusyHoursPerWeek,
            ["note"] = NoMetricsNote,
        };
        if (notebook.VolumeSizeGb is { } volume)
        {
            // Why: a stopped notebook keeps its ML storage volume, which bills on; the saving leaves it out.
            observations["volumeSizeGbStillBilledWhenStopped"] = volume;
        }

        if (notebook.AcceleratorTypes.Count > 0)
        {
            // Why: Elastic Inference is retired and unpriced; the sagemaker-elastic-inference analyzer owns that migration.
            observations["elasticInferenceAccelerators"] = notebook.AcceleratorTypes;
            observations["acceleratorNote"] = "Elastic Inference accelerator not in the savings; see sagemaker-elastic-inference";
        }

        return observations;
    }

    private static string Days(TimeSpan time) => time.TotalDays.ToString("0.#", CultureInfo.InvariantCulture);
}
