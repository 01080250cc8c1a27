using Advisor.Storage.Recommendations;
using Advisor.Storage.Tests.Support;
using static Advisor.Storage.Tests.Support.Sample;

namespace Advisor.Storage.Tests.Recommendations;

/// <summary>Human decisions and remediation outcomes: each allowed move, each refused one; the same cases on SQLite and PostgreSQL.</summary>
public abstract class DecisionContract(IStoreBackend backend) : StoreContract(backend)
{
    private static readonly string Id = IdOf("ep-a");
    private static readonly DateTimeOffset DecidedAt = Start.AddHours(1);

    private IRecommendationStore Recs => Store.Recommendations;

    /// <summary>A recommendation created by run r1 then moved into <paramref name="status"/>.</summary>
    private async Task Given(RecommendationStatus status)
    {
        await Recs.MergeAsync(Run("r1", Start, [Item("ep-a", 200m)], Scope()));
        switch (status)
        {
            case RecommendationStatus.Accepted:
                await Recs.DecideAsync(Id, new Decision(DecisionKind.Accept, "setup", Start));
                break;
            case RecommendationStatus.Dismissed:
                await Recs.DecideAsync(Id, new Decision(DecisionKind.Dismiss, "setup", Start, Reason: "setup"));
                break;
            case RecommendationStatus.Snoozed:
                await Recs.DecideAsync(Id, new Decision(DecisionKind.Snooze, "setup", Start, Until: Start.AddDays(30)));
                break;
            case RecommendationStatus.Resolved:
                await Recs.MergeAsync(Run("r2", Start.AddMinutes(1), [], Scope()));
                break;
            case RecommendationStatus.Applied:
                await Recs.SetOutcomeAsync(Id, RecommendationStatus.Applied, "remediation", Start, null);
                break;
            case RecommendationStatus.Open:
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(status), status, "not a setup state");
        }

        Assert.Equal(status, (await Recs.GetAsync(Id))!.Status);
    }

    [Theory]
    [InlineData(RecommendationStatus.Open)]
    [InlineData(RecommendationStatus.Snoozed)]
    [InlineData(RecommendationStatus.Dismissed)]
    public async Task Accept_Is_Allowed_From(RecommendationStatus from)
    {
        await Given(from);

        var accepted = await Recs.DecideAsync(Id, new Decision(DecisionKind.Accept, "alice", DecidedAt, Note: "ticket FIN-12"));

        Assert.Equal(RecommendationStatus.Accepted, accepted!.Status);
        Assert.Null(accepted.SnoozedUntil);
        Assert.Null(accepted.DismissedSavings);
        Assert.Equal(DecidedAt, accepted.UpdatedAt);
        var decided = (await Recs.HistoryAsync(Id))[^1];
        Assert.Equal((RecommendationEventKind.Decided, "alice", "ticket FIN-12"), (decided.Kind, decided.Actor, decided.Note));
        Assert.Equal((from, RecommendationStatus.Accepted), (decided.FromStatus!.Value, decided.ToStatus));
    }

    [Fact]
    public async Task Dismiss_Records_The_Reason_And_The_Dismissed_Savings()
    {
        await Given(RecommendationStatus.Open);

        var dismissed = await Recs.DecideAsync(Id, new Decision(DecisionKind.Dismiss, "alice", DecidedAt, Reason: "batch endpoint, used monthly"));

        Assert.Equal(RecommendationStatus.Dismissed, dismissed!.Status);
        Assert.Equal(200m, dismissed.DismissedSavings);
        Assert.Equal("batch endpoint, used monthly", (await Recs.HistoryAsync(Id))[^1].Note);
    }

    [Fact]
    public async Task Snooze_Keeps_The_End_Date()
    {
        await Given(RecommendationStatus.Open);

        var snoozed = await Recs.DecideAsync(Id, new Decision(DecisionKind.Snooze, "bob", DecidedAt, Until: Start.AddDays(14)));

        Assert.Equal(RecommendationStatus.Snoozed, snoozed!.Status);
        Assert.Equal(Start.AddDays(14), snoozed.SnoozedUntil);
    }

    [Theory]
    [InlineData(RecommendationStatus.Accepted)]
    [InlineData(RecommendationStatus.Dismissed)]
    [InlineData(RecommendationStatus.Snoozed)]
    [InlineData(RecommendationStatus.Resolved)]
    public async Task Reopen_Returns_To_Open_From(RecommendationStatus from)
    {
        await Given(from);

        var reopened = await Recs.DecideAsync(Id, new Decision(DecisionKind.Reopen, "carol", DecidedAt));

        Assert.Equal(RecommendationStatus.Open, reopened!.Status);
        Assert.Null(reopened.SnoozedUntil);
        Assert.Null(reopened.DismissedSavings);
    }

    [Theory]
    [InlineData(RecommendationStatus.Open, DecisionKind.Reopen, "cannot reopen: recommendation is already open")]
    [InlineData(RecommendationStatus.Accepted, DecisionKind.Accept, "cannot accept: recommendation is already accepted")]
    [InlineData(RecommendationStatus.Dismissed, DecisionKind.Dismiss, "cannot dismiss: recommendation is already dismissed")]
    [InlineData(RecommendationStatus.Resolved, DecisionKind.Accept, "cannot accept: recommendation is resolved")]
    [InlineData(RecommendationStatus.Applied, DecisionKind.Dismiss, "cannot dismiss: recommendation is applied")]
    [InlineData(RecommendationStatus.Applied, DecisionKind.Reopen, "cannot reopen: recommendation is applied")]
    public async Task Forbidden_Decision_Is_Rejected_With_A_Clear_Message_And_Changes_Nothing(RecommendationStatus from, DecisionKind kind, string message)
    {
        await Given(from);
        var eventsBefore = (await Recs.HistoryAsync(Id)).Count;

        var error = await Assert.ThrowsAsync<DecisionRejectedException>(() =>
            Recs.DecideAsync(Id, new Decision(kind, "alice", DecidedAt, Reason: "some reason", Until: Start.AddDays(3))));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(from, (await Recs.GetAsync(Id))!.Status);
        Assert.Equal(eventsBefore, (await Recs.HistoryAsync(Id)).Count);
    }

    [Theory]
    [InlineData(DecisionKind.Dismiss, null, "cannot dismiss: a reason is required")]
    [InlineData(DecisionKind.Dismiss, "  ", "cannot dismiss: a reason is required")]
    [InlineData(DecisionKind.Snooze, null, "cannot snooze: an end date (until) is required")]
    public async Task Decision_Missing_Its_Required_Field_Is_Rejected(DecisionKind kind, string? reason, string message)
    {
        await Given(RecommendationStatus.Open);

        var error = await Assert.ThrowsAsync<DecisionRejectedException>(() => Recs.DecideAsync(Id, new Decision(kind, "alice", DecidedAt, Reason: reason)));

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public async Task Snooze_Into_The_Past_Is_Rejected()
    {
        await Given(RecommendationStatus.Open);

        var error = await Assert.ThrowsAsync<DecisionRejectedException>(() =>
            Recs.DecideAsync(Id, new Decision(DecisionKind.Snooze, "alice", DecidedAt, Until: DecidedAt)));

        Assert.Equal("cannot snooze: the end date must be in the future", error.Message);
    }

    [Fact]
    public async Task Decision_On_An_Unknown_Recommendation_Returns_Null()
    {
        Assert.Null(await Recs.DecideAsync("nope", new Decision(DecisionKind.Accept, "alice", DecidedAt)));
        Assert.Null(await Recs.SetOutcomeAsync("nope", RecommendationStatus.Applied, "remediation", DecidedAt, null));
    }

    [Fact]
    public async Task Applied_Then_Verified_Records_Both_Outcomes()
    {
        await Given(RecommendationStatus.Accepted);

        await Recs.SetOutcomeAsync(Id, RecommendationStatus.Applied, "remediation", DecidedAt, "journal j1");
        var verified = await Recs.SetOutcomeAsync(Id, RecommendationStatus.Verified, "realised-savings", DecidedAt.AddDays(7), "cost fell 198.40");

        Assert.Equal(RecommendationStatus.Verified, verified!.Status);
        var history = await Recs.HistoryAsync(Id);
        Assert.Equal([RecommendationEventKind.Applied, RecommendationEventKind.Verified], history.TakeLast(2).Select(e => e.Kind));
        Assert.Equal(["remediation", "realised-savings"], history.TakeLast(2).Select(e => e.Actor));
    }

    [Fact]
    public async Task Verified_Before_Applied_Is_Rejected()
    {
        await Given(RecommendationStatus.Open);

        var error = await Assert.ThrowsAsync<DecisionRejectedException>(() =>
            Recs.SetOutcomeAsync(Id, RecommendationStatus.Verified, "realised-savings", DecidedAt, null));

        Assert.Equal("cannot mark verified: recommendation is open", error.Message);
    }
}

/// <summary>The Decision contract on a SQLite file.</summary>
public sealed class DecisionOnSqlite() : DecisionContract(new SqliteBackend());

/// <summary>The Decision contract on the private PostgreSQL cluster.</summary>
[Collection(PostgresServer.CollectionName)]
public sealed class DecisionOnPostgreSql(PostgresServer server) : DecisionContract(new PostgresBackend(server));
