using System.Globalization;
using System.Reflection;
using Dapper;
using Microsoft.Extensions.Logging;

namespace Advisor.Storage.Sql;

/// <summary>
/// Applies the embedded, numbered SQL scripts of a dialect (<c>Migrations/&lt;Dialect&gt;/NNNN_name.sql</c>) that
/// <c>schema_version</c> does not list yet, all in one transaction under the dialect's migration lock.
/// </summary>
internal sealed class Migrator(ISqlDialect dialect, TimeProvider timeProvider, ILogger logger)
{
    private const string CreateVersionTable =
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";

    public async Task<int> MigrateAsync(CancellationToken cancellationToken)
    {
        var scripts = LoadScripts(dialect.MigrationFolder);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var transaction = await dialect.BeginMigrationAsync(connection, cancellationToken);

        await connection.ExecuteAsync(new CommandDefinition(CreateVersionTable, transaction: transaction, cancellationToken: cancellationToken));
        var applied = (await connection.QueryAsync<long>(new CommandDefinition(
            "SELECT version FROM schema_version", transaction: transaction, cancellationToken: cancellationToken))).ToHashSet();

        var count = 0;
        foreach (var script in scripts.Where(s => !applied.Contains(s.Version)))
        {
            await connection.ExecuteAsync(new CommandDefinition(script.Sql, transaction: transaction, cancellationToken: cancellationToken));
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @AppliedAt)",
                new { script.Version, script.Name, AppliedAt = DbValues.TimeText(timeProvider.GetUtcNow()) },
                transaction,
                cancellationToken: cancellationToken));
            logger.LogInformation("Applied storage migration {Version} ({Name}) on {Provider}", script.Version, script.Name, dialect.Provider);
            count++;
        }

        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    /// <summary>The dialect's scripts in version order; names are <c>NNNN_description.sql</c>.</summary>
    internal static IReadOnlyList<MigrationScript> LoadScripts(string folder)
    {
        var assembly = typeof(Migrator).Assembly;
        var prefix = typeof(Migrator).Assembly.GetName().Name + "." + folder;
        var scripts = new List<MigrationScript>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var name = resource[prefix.Length..^".sql".Length];
            var version = long.Parse(name[..name.IndexOf('_', StringComparison.Ordinal)], NumberStyles.None, CultureInfo.InvariantCulture);
            scripts.Add(new MigrationScript(version, name, Read(assembly, resource)));
        }

        return [.. scripts.OrderBy(s => s.Version)];
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("Missing embedded migration " + resource + ".");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

/// <summary>One numbered migration script.</summary>
internal sealed record MigrationScript(long Version, string Name, string Sql);

