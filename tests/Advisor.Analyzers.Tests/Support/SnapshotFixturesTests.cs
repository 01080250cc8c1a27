using System.Text.Json;
using Advisor.Core.Snapshots;

namespace Advisor.Analyzers.Tests.Support;

public sealed class SnapshotFixturesTests
{
    [Fact]
    public void Round_Trips_A_Snapshot_Through_Json_Without_Losing_Anything()
    {
        var snapshot = SnapshotFixtures.Load(Path.Combine("SageMaker", "EndpointIdle", "Fixtures", "missing-invocations.json"));

        var json = JsonSerializer.Serialize(snapshot, SnapshotFixtures.Json);
        var again = JsonSerializer.Deserialize<ScopeSnapshot>(json, SnapshotFixtures.Json)!;

        Assert.Equal(snapshot.Scope, again.Scope);
        Assert.Equal(snapshot.Window, again.Window);
        Assert.Equal(snapshot.CollectedAt, again.CollectedAt);
        Assert.Equal(snapshot.Sources, again.Sources);
        Assert.Equal(snapshot.Inventory.Endpoints[0].Variants, again.Inventory.Endpoints[0].Variants);
        Assert.Equal(snapshot.Metrics.Series.Select(s => s.Spec), again.Metrics.Series.Select(s => s.Spec));
        Assert.Equal(snapshot.Metrics.Series[0].Points, again.Metrics.Series[0].Points);
        Assert.Contains("\"status\": \"Complete\"", json, StringComparison.Ordinal);
        Assert.Contains("\"health\": \"Healthy\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_The_Missing_Fixture_In_Its_Error()
    {
        var error = Assert.Throws<FileNotFoundException>(() => SnapshotFixtures.Load("no-such-fixture.json"));

        Assert.Contains("no-such-fixture.json", error.Message, StringComparison.Ordinal);
    }
}
