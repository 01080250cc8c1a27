using System.Reflection;
using Npgsql;

namespace Advisor.Host.Scheduling;

/// <summary>
/// Creates Quartz's <c>qrtz_</c> tables on PostgreSQL at start (idempotent DDL in <c>Migrations/quartz_postgres.sql</c>, the
/// schema of the Quartz version we pin), under an advisory lock so replicas starting together do not race.
/// </summary>
internal static class QuartzSchema
{
    /// <summary>Why this number: any constant distinct from the store's own migration lock; "QRTZ" in ASCII.</summary>
    private const long AdvisoryLock = 0x5152545A;

    public static async Task EnsureAsync(string connectionString, CancellationToken cancellationToken)
    {
        var ddl = await ReadDdlAsync();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_lock({AdvisoryLock})", connection))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        try
        {
            foreach (var statement in ddl.Split("\n--;;", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(HasSql))
            {
                await using var command = new NpgsqlCommand(statement, connection);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            await using var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({AdvisoryLock})", connection);
            await unlock.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private static bool HasSql(string piece) =>
        piece.Split('\n').Any(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith("--", StringComparison.Ordinal));

    private static async Task<string> ReadDdlAsync()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("quartz_postgres.sql", StringComparison.Ordinal));
        await using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}
