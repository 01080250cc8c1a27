using System.ComponentModel.DataAnnotations;

namespace Advisor.Storage;

/// <summary>Where the store lives (section <c>Storage</c>): an embedded SQLite file by default, PostgreSQL by connection string.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><c>Sqlite</c> (default: a file under <see cref="DataDirectory"/>) or <c>PostgreSql</c> (needs <see cref="ConnectionString"/>).</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Directory for the SQLite file (<c>advisor.db</c>), the Hangfire SQLite file and the reports; created when missing.</summary>
    [Required]
    public string DataDirectory { get; set; } = "data";

    /// <summary>PostgreSQL connection string (Npgsql syntax); required when <see cref="Provider"/> is PostgreSql. Never logged.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// A dismissed recommendation comes back only when its monthly savings grow beyond the dismissed savings × this factor.
    /// Why 1.5: a FinOps reviewer dismissed it knowing the figure; only a clearly bigger opportunity is worth asking again.
    /// </summary>
    [Range(1.0, 100.0)]
    public decimal DismissedReturnFactor { get; set; } = 1.5m;
}

/// <summary>The database behind the store.</summary>
public enum StorageProvider
{
    Sqlite,
    PostgreSql,
}
