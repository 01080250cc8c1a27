using Advisor.Storage.Audit;
using Advisor.Storage.Journal;
using Advisor.Storage.Recommendations;
using Advisor.Storage.Reports;
using Advisor.Storage.Runs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Advisor.Storage.Tests;

/// <summary>Configuration binding, validation messages (naming keys, never secrets) and the registered services.</summary>
public sealed class StorageRegistrationTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "advisor-reg-" + Guid.NewGuid().ToString("N")[..12]);

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddAdvisorStorage(configuration).BuildServiceProvider();
    }

    [Fact]
    public void PostgreSql_Without_A_Connection_String_Fails_Naming_The_Key()
    {
        using var provider = Build(new() { ["Storage:Provider"] = "PostgreSql" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("Storage:ConnectionString", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_Connection_String_Fails_Without_Echoing_It()
    {
        const string Secret = "Host=db;Password=hunter2;Bogus Key=1";
        using var provider = Build(new() { ["Storage:Provider"] = "PostgreSql", ["Storage:ConnectionString"] = Secret });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("Storage:ConnectionString", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Return_Factor_Below_One_Fails_Naming_The_Key()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            AdvisorStore.Open(new StorageOptions { DataDirectory = _directory, DismissedReturnFactor = 0.5m }, TimeProvider.System));

        Assert.Contains("Storage:DismissedReturnFactor", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sqlite_Settings_Register_The_Store_And_Each_Part()
    {
        await using var provider = Build(new() { ["Storage:DataDirectory"] = _directory, ["Storage:DismissedReturnFactor"] = "2" });

        var store = provider.GetRequiredService<IAdvisorStore>();
        await store.MigrateAsync();

        Assert.Equal(2m, provider.GetRequiredService<IOptions<StorageOptions>>().Value.DismissedReturnFactor);
        Assert.True(File.Exists(Path.Combine(_directory, "advisor.db")));
        Assert.True(await store.PingAsync());
        Assert.Same(store.Recommendations, provider.GetRequiredService<IRecommendationStore>());
        Assert.Same(store.Runs, provider.GetRequiredService<IRunStore>());
        Assert.Same(store.Reports, provider.GetRequiredService<IReportArchive>());
        Assert.Same(store.Audit, provider.GetRequiredService<IAuditLog>());
        Assert.Same(store.Journal, provider.GetRequiredService<IActionJournal>());
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
