using System.Net.Http.Headers;
using Advisor.Host.Api;
using Advisor.Host.Daemon;
using Advisor.Host.Tests.Support;
using Advisor.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Advisor.Host.Tests.Api;

/// <summary>
/// A real Kestrel app on 127.0.0.1 with <c>AddAdvisorApi</c>/<c>MapAdvisorApi</c>, a real SQLite store in a temp folder
/// (seeded by <see cref="ApiSeed"/>), a fixed clock, a recording cycle trigger and captured logs.
/// </summary>
internal sealed class ApiTestHost : IAsyncDisposable
{
    public const string ViewerToken = "viewer-token-0123456789abcdef";
    public const string ReviewerToken = "reviewer-token-0123456789abcdef";
    public const string AdminToken = "admin-token-0123456789abcdef";
    public const string EnvAdminToken = "env-admin-token-0123456789abcdef";

    public static readonly DateTimeOffset Now = new(2026, 11, 27, 9, 0, 0, TimeSpan.Zero);

    private readonly WebApplication app;
    private readonly TempDir dir;

    private ApiTestHost(WebApplication app, TempDir dir, IAdvisorStore store, CapturingLoggerProvider logs, RecordingCycleTrigger trigger)
    {
        this.app = app;
        this.dir = dir;
        Store = store;
        Logs = logs;
        Trigger = trigger;
        BaseAddress = new Uri(app.Urls.First());
    }

    public IAdvisorStore Store { get; }
    public CapturingLoggerProvider Logs { get; }
    public RecordingCycleTrigger Trigger { get; }
    public Uri BaseAddress { get; }

    /// <summary>The standard tokens: viewer and admin in plain text, reviewer as a SHA-256 hash, plus the environment admin token.</summary>
    public static Dictionary<string, string?> StandardTokens() => new()
    {
        ["Api:Tokens:0:Name"] = "dashboard",
        ["Api:Tokens:0:Role"] = "viewer",
        ["Api:Tokens:0:Token"] = ViewerToken,
        ["Api:Tokens:1:Name"] = "finops-bot",
        ["Api:Tokens:1:Role"] = "reviewer",
        ["Api:Tokens:1:TokenSha256"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(ReviewerToken))),
        ["Api:Tokens:2:Name"] = "platform-admin",
        ["Api:Tokens:2:Role"] = "admin",
        ["Api:Tokens:2:Token"] = AdminToken,
        ["ADVISOR_ADMIN_TOKEN"] = EnvAdminToken,
    };

    public static async Task<ApiTestHost> StartAsync(Dictionary<string, string?>? configuration = null, bool seed = true)
    {
        var dir = new TempDir();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = dir.Path, EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(configuration ?? StandardTokens());
        var logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);

        var clock = new FakeTimeProvider(Now);
        var store = AdvisorStore.Open(new StorageOptions { DataDirectory = dir.Path }, clock);
        await store.MigrateAsync();
        if (seed)
        {
            await ApiSeed.SeedAsync(store);
        }

        var trigger = new RecordingCycleTrigger();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSingleton<IAdvisorStore>(store);
        builder.Services.AddSingleton<ICycleTrigger>(trigger);
        builder.Services.AddAdvisorApi(builder.Configuration);
        var app = builder.Build();
        app.MapAdvisorApi();
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            await store.DisposeAsync();
            dir.Dispose();
            throw;
        }

        return new ApiTestHost(app, dir, store, logs, trigger);
    }

    /// <summary>A client with the given bearer token (none when null).</summary>
    public HttpClient Client(string? token = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        await Store.DisposeAsync();
        dir.Dispose();
    }
}
