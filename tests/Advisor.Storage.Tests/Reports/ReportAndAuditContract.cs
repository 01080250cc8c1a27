using Advisor.Storage.Audit;
using Advisor.Storage.Reports;
using Advisor.Storage.Tests.Support;

namespace Advisor.Storage.Tests.Reports;

/// <summary>The report archive and the audit log; the same cases on SQLite and PostgreSQL.</summary>
public abstract class ReportAndAuditContract(IStoreBackend backend) : StoreContract(backend)
{
    private static ReportRecord Report(string id, DateTimeOffset at, string markdown = "# Savings") =>
        new(id, at, at.AddDays(-7), at, "r1", markdown, "<h1>Savings</h1>", "id,savings\n", "{\"total\":1.5}");

    [Fact]
    public async Task Saved_Report_Round_Trips_And_The_Latest_Is_The_Newest()
    {
        await Store.Reports.SaveAsync(Report("w1", Start));
        await Store.Reports.SaveAsync(Report("w2", Start.AddDays(7)));

        Assert.Equal(Report("w1", Start), await Store.Reports.GetAsync("w1"));
        Assert.Equal("w2", (await Store.Reports.GetLatestAsync())!.Id);
        Assert.Equal(["w2", "w1"], (await Store.Reports.ListAsync(10)).Select(r => r.Id));
        Assert.Null(await Store.Reports.GetAsync("nope"));
    }

    [Fact]
    public async Task Saving_A_Report_Again_Replaces_It()
    {
        await Store.Reports.SaveAsync(Report("w1", Start));
        await Store.Reports.SaveAsync(Report("w1", Start, markdown: "# Corrected"));

        Assert.Equal("# Corrected", (await Store.Reports.GetAsync("w1"))!.Markdown);
        Assert.Single(await Store.Reports.ListAsync(10));
    }

    [Fact]
    public async Task Empty_Archive_Has_No_Latest_Report()
    {
        Assert.Null(await Store.Reports.GetLatestAsync());
    }

    [Fact]
    public async Task Audit_Entries_Are_Listed_Newest_First_With_Increasing_Sequence()
    {
        await Store.Audit.AppendAsync(new AuditEntry(0, Start, "alice", "operator", "decide", "rec-1", "ok", "dismiss"));
        await Store.Audit.AppendAsync(new AuditEntry(0, Start.AddMinutes(1), "bob", "admin", "trigger-run", "run", "rejected", null));

        var entries = await Store.Audit.ListAsync(10);

        Assert.Equal(["bob", "alice"], entries.Select(e => e.Actor));
        Assert.True(entries[0].Sequence > entries[1].Sequence);
        Assert.Equal(new AuditEntry(entries[1].Sequence, Start, "alice", "operator", "decide", "rec-1", "ok", "dismiss"), entries[1]);
        Assert.Single(await Store.Audit.ListAsync(1));
    }
}

/// <summary>The ReportAndAudit contract on a SQLite file.</summary>
public sealed class ReportAndAuditOnSqlite() : ReportAndAuditContract(new SqliteBackend());

/// <summary>The ReportAndAudit contract on the private PostgreSQL cluster.</summary>
[Collection(PostgresServer.CollectionName)]
public sealed class ReportAndAuditOnPostgreSql(PostgresServer server) : ReportAndAuditContract(new PostgresBackend(server));
