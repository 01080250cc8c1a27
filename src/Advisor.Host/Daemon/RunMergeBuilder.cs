using System.Text.Json;
using Advisor.Core.Analysis;
using Advisor.Core.Domain;
using Advisor.Core.Snapshots;
using Advisor.Host.Cycle;
using Advisor.Host.Publishing;
using Advisor.Storage.Recommendations;
using Advisor.Storage.Runs;

namespace Advisor.Host.Daemon;

/// <summary>Turns an analysed cycle into what the store merges (<see cref="RunMerge"/>) and what the run record keeps per scope.</summary>
public static class RunMergeBuilder
{
    /// <summary>The tag key that names a resource's owning team (matched case-insensitively).</summary>
    public const string TeamTag = "team";

    /// <summary>
    /// Primaries with their published JSON and team; <c>Evaluated</c> = (scope, analyzer) pairs whose analyzer did not fail and whose
    /// inputs were readable. Why the input check: an analyzer over a denied inventory or metric source finds nothing, and that
    /// silence must never resolve the recommendations it made before.
    /// </summary>
    public static RunMerge Build(string runId, CycleResult result, IReadOnlyList<IAnalyzer> analyzers)
    {
        var teams = TeamsByResource(result.Snapshots);
        var items = result.Recommendations.Select(r => new MergeItem(
            r,
            JsonSerializer.Serialize(RecommendationDocument.From(r), RecommendationsDocument.JsonOptions),
            teams.GetValueOrDefault(TeamKey(r.Finding.Resource)))).ToList();

        var evaluated = new List<EvaluatedScope>();
        foreach (var snapshot in result.Snapshots)
        {
            var failed = result.AnalyzerFailures.Where(f => f.Scope == snapshot.Scope.ToString()).Select(f => f.AnalyzerId).ToHashSet(StringComparer.Ordinal);
            foreach (var analyzer in analyzers)
            {
                if (!failed.Contains(analyzer.Descriptor.Id) && InputsReadable(snapshot, analyzer.Descriptor.ResourceType))
                {
                    evaluated.Add(new EvaluatedScope(snapshot.Scope.Account, snapshot.Scope.Region, analyzer.Descriptor.Id));
                }
            }
        }

        return new RunMerge(runId, result.GeneratedAt, items, evaluated);
    }

    /// <summary>Per-scope summary for the run record: window, resource count, each source's health; failed scopes with their error.</summary>
    public static IReadOnlyList<ScopeRunSummary> Summaries(IReadOnlyList<ScopeSnapshot> snapshots, IReadOnlyDictionary<string, string> failures, IReadOnlyList<ScopeTarget> scopes)
    {
        var list = snapshots.Select(s => new ScopeRunSummary(
            s.Scope.Account, s.Scope.Region, s.Window.Start, s.Window.End, ResourceCount(s.Inventory),
            [.. s.Sources.Select(x => new SourceHealthSummary(x.Source, x.Health.ToString(), x.Detail))])).ToList();
        foreach (var scope in scopes)
        {
            if (failures.TryGetValue(RunFiles.ScopeKey(scope.Account, scope.Region), out var error))
            {
                list.Add(new ScopeRunSummary(scope.Account ?? "unknown", scope.Region, default, default, 0, [], error));
            }
        }

        return list;
    }

    public static int ResourceCount(ScopeInventory i) =>
        i.Endpoints.Count + i.TrainingJobs.Count + i.NotebookInstances.Count + i.StudioApps.Count + i.Ec2Instances.Count;

    private static bool InputsReadable(ScopeSnapshot snapshot, string resourceType)
    {
        var inventory = resourceType switch
        {
            ResourceTypes.SageMakerTrainingJob => Sources.SageMakerTrainingJobs,
            ResourceTypes.SageMakerNotebookInstance => Sources.SageMakerNotebooks,
            ResourceTypes.Ec2Instance => Sources.Ec2Instances,
            _ => Sources.SageMakerEndpoints,
        };
        var metrics = snapshot.StatusOf(Sources.CloudWatchMetrics).Health;
        return snapshot.StatusOf(inventory).Health == SourceHealth.Healthy
            && metrics is not (SourceHealth.AccessDenied or SourceHealth.Throttled or SourceHealth.Failed);
    }

    private static Dictionary<string, string> TeamsByResource(IReadOnlyList<ScopeSnapshot> snapshots)
    {
        var teams = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in snapshots)
        {
            void Add(string id, IReadOnlyDictionary<string, string> tags)
            {
                var team = tags.FirstOrDefault(t => string.Equals(t.Key, TeamTag, StringComparison.OrdinalIgnoreCase)).Value;
                if (!string.IsNullOrWhiteSpace(team))
                {
                    teams[$"{s.Scope.Account}|{s.Scope.Region}|{id}"] = team;
                }
            }

            foreach (var e in s.Inventory.Endpoints)
            {
                Add(e.Name, e.Tags);
            }

            foreach (var t in s.Inventory.TrainingJobs)
            {
                Add(t.Name, t.Tags);
            }

            foreach (var n in s.Inventory.NotebookInstances)
            {
                Add(n.Name, n.Tags);
            }

            foreach (var x in s.Inventory.Ec2Instances)
            {
                Add(x.InstanceId, x.Tags);
            }
        }

        return teams;
    }

    /// <summary>Why the prefix: a variant's id is <c>endpoint/variant</c>; its team is the endpoint's.</summary>
    private static string TeamKey(ResourceRef r) => $"{r.Account}|{r.Region}|{r.Id.Split('/')[0]}";
}
