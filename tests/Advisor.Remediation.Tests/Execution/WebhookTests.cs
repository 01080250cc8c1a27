using System.Net;
using System.Net.Sockets;
using Advisor.Remediation.Execution;
using Advisor.Remediation.Planning;
using Advisor.Remediation.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Advisor.Remediation.Tests.Execution;

/// <summary>An action entering its grace period is announced to the webhook.</summary>
public sealed class WebhookTests
{
    [Fact]
    public async Task A_Grace_Period_Action_Is_Posted_To_The_Webhook_With_Resource_And_Date()
    {
        await using var engine = await Engine.StartAsync(p => p.GracePeriod = TimeSpan.FromDays(3));
        var port = FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/hook/");
        listener.Start();
        using var http = new HttpClient();
        var notifier = new WebhookNotifier(http, new Uri($"http://127.0.0.1:{port}/hook/"), NullLogger<WebhookNotifier>.Instance);
        var planner = new RemediationPlanner(
            engine.Store.Journal, Kinds.ActionKinds.Default, engine.Rig.Clients, engine.Options, engine.Rig.Time, NullLogger<RemediationPlanner>.Instance, notifier);
        var endpoint = engine.Rig.TaggedIdle("true")[0];

        var received = ReceiveAsync(listener);
        var plan = await planner.PlanAsync([engine.Rig.DeleteRecommendation(endpoint.Name)], preview: false, CancellationToken.None);
        var body = await received;

        Assert.Equal(PlanTiming.AfterGrace, Assert.Single(plan.Items).Timing);
        Assert.Contains(engine.Rig.Estate.EndpointArn(endpoint.Name), body, StringComparison.Ordinal);
        Assert.Contains("delete-endpoint", body, StringComparison.Ordinal);
        Assert.Contains(plan.Items[0].Entry!.Id, body, StringComparison.Ordinal);
    }

    private static async Task<string> ReceiveAsync(HttpListener listener)
    {
        var context = await listener.GetContextAsync();
        using var reader = new StreamReader(context.Request.InputStream);
        var body = await reader.ReadToEndAsync();
        context.Response.StatusCode = 200;
        context.Response.Close();
        return body;
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
