using System.Text.Json;
using Advisor.Host.Reports;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Advisor.Host.Tests.Daemon;

/// <summary>The weekly report's Slack-compatible webhook: posts <c>{"text"}</c>; a failure is reported as false and never throws.</summary>
public sealed class ReportWebhookTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Posts_A_Text_Summary_To_The_Configured_Url()
    {
        var received = new TaskCompletionSource<string>();
        await using var receiver = await StartReceiverAsync(async ctx =>
        {
            using var reader = new StreamReader(ctx.Request.Body);
            received.TrySetResult(await reader.ReadToEndAsync());
        });

        var ok = await Webhook(receiver.Urls.First() + "/hooks/T000/B000/secret?token=s3cret").PostAsync(Report(), CancellationToken.None);

        Assert.True(ok);
        using var doc = JsonDocument.Parse(await received.Task);
        Assert.Equal("ML Cost Advisor weekly report: 3 open recommendations, $1,234.00/month; 0 new, 0 resolved since the last report.",
            doc.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_Failing_Webhook_Returns_False_Without_Throwing()
    {
        await using var receiver = await StartReceiverAsync(ctx =>
        {
            ctx.Response.StatusCode = 500;
            return Task.CompletedTask;
        });

        Assert.False(await Webhook(receiver.Urls.First() + "/x?token=s3cret").PostAsync(Report(), CancellationToken.None));
        Assert.False(await Webhook("http://127.0.0.1:9/closed").PostAsync(Report(), CancellationToken.None));
        Assert.False(await Webhook(null).PostAsync(Report(), CancellationToken.None));
    }

    [Fact]
    public void Redaction_Keeps_Only_Scheme_And_Host()
    {
        Assert.Equal("https://hooks.slack.com/…", ReportWebhook.Redact("https://hooks.slack.com/services/T0/B0/XYZ?token=abc"));
    }

    private static ReportWebhook Webhook(string? url)
    {
        var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
        return new ReportWebhook(services.GetRequiredService<IHttpClientFactory>(),
            Options.Create(new ReportsOptions { Webhook = new WebhookOptions { Url = url } }), NullLogger<ReportWebhook>.Instance);
    }

    private static WeeklyReport Report() => new(Now, Now.AddDays(-7), Now, null, 3, 1234m, [], [], [], [], [], []);

    private static async Task<WebApplication> StartReceiverAsync(RequestDelegate handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(handler);
        await app.StartAsync();
        return app;
    }
}
