using Advisor.Host.Reports;

namespace Advisor.Host.Tests.Daemon;

/// <summary>The weekly report's formats: totals, new and resolved sections, escaping of values that come from AWS tags and names.</summary>
public sealed class WeeklyReportRenderingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Markdown_Lists_Totals_New_And_Resolved()
    {
        var md = WeeklyReportMarkdown.Render(Sample());

        Assert.Contains("**2 open or accepted recommendations, $1,250.50 per month.** 1 new, 1 resolved since the last report.", md, StringComparison.Ordinal);
        Assert.Contains("| sagemaker-endpoint-idle | 1 | $1,000.00 |", md, StringComparison.Ordinal);
        Assert.Contains("| team-a | 1 | $1,000.00 |", md, StringComparison.Ordinal);
        Assert.Contains("## New since the last report", md, StringComparison.Ordinal);
        Assert.Contains("| sagemaker-endpoint-idle | 111111111111 | us-east-1 | idle-ep | Open | $1,000.00 |", md, StringComparison.Ordinal);
        Assert.Contains("## Resolved since the last report", md, StringComparison.Ordinal);
        Assert.Contains("| old-ep | Resolved | $300.00 |", md, StringComparison.Ordinal);
        Assert.Contains("- Savings = hourly × 730", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_Escapes_Every_Value_And_Loads_Nothing_External()
    {
        var html = WeeklyReportHtml.Render(Sample());

        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("R&amp;D", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=", html, StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_Has_One_Row_Per_Listed_Item_And_Defuses_Formulas()
    {
        var lines = WeeklyReportCsv.Render(Sample()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("section,id,analyzer,account,region,resource,team,status,priority,monthly_savings_usd,summary", lines[0]);
        Assert.Equal(4, lines.Length); // header + top 1 + new 1 + resolved 1
        Assert.StartsWith("top,rec-1,", lines[1], StringComparison.Ordinal);
        Assert.Contains(",1000.00,", lines[1], StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void An_Empty_Report_Says_So()
    {
        var md = WeeklyReportMarkdown.Render(new WeeklyReport(Now, Now.AddDays(-7), Now, null, 0, 0m, [], [], [], [], [], []));

        Assert.Contains("**0 open or accepted recommendations, $0.00 per month.** 0 new, 0 resolved", md, StringComparison.Ordinal);
        Assert.Contains("Nothing open.", md, StringComparison.Ordinal);
    }

    private static WeeklyReport Sample()
    {
        var idle = new ReportItem("rec-1", "sagemaker-endpoint-idle", "111111111111", "us-east-1", "idle-ep", "team-a", "Open", "P1", 1000m,
            "Endpoint idle-ep had no invocations <script>alert(1)</script>", ["Savings = hourly × 730", "  ml.g5.xlarge: 1.408 × 1 × 730 = 1027.84 USD"]);
        var resolved = new ReportItem("rec-9", "sagemaker-endpoint-idle", "111111111111", "us-east-1", "old-ep", null, "Resolved", "P2", 300m,
            "=HYPERLINK(\"http://evil\")", []);
        return new WeeklyReport(Now, Now.AddDays(-7), Now, "run-1", 2, 1250.50m,
            [new ReportTotal("sagemaker-endpoint-idle", 1, 1000m), new ReportTotal("ml-previous-generation", 1, 250.50m)],
            [new ReportTotal("111111111111", 2, 1250.50m)],
            [new ReportTotal("team-a", 1, 1000m), new ReportTotal("R&D", 1, 250.50m)],
            [idle], [resolved], [idle]);
    }
}
