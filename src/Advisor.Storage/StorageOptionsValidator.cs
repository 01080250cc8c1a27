using Microsoft.Extensions.Options;
using Npgsql;

namespace Advisor.Storage;

/// <summary>Cross-field checks on <see cref="StorageOptions"/>; messages name the configuration key and never echo the connection string.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = Check(options);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static List<string> Check(StorageOptions options)
    {
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Provider))
        {
            failures.Add("Storage:Provider must be Sqlite or PostgreSql.");
        }

        if (options.Provider == StorageProvider.Sqlite && string.IsNullOrWhiteSpace(options.DataDirectory))
        {
            failures.Add("Storage:DataDirectory is required when Storage:Provider is Sqlite.");
        }

        if (options.Provider == StorageProvider.PostgreSql)
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                failures.Add("Storage:ConnectionString is required when Storage:Provider is PostgreSql.");
            }
            else if (!IsValidConnectionString(options.ConnectionString))
            {
                failures.Add("Storage:ConnectionString is not a valid PostgreSQL (Npgsql) connection string.");
            }
        }

        // Why: below 1 a dismissed recommendation would return with lower savings than when it was dismissed.
        if (options.DismissedReturnFactor is < 1.0m or > 100.0m)
        {
            failures.Add("Storage:DismissedReturnFactor must be between 1 and 100.");
        }

        return failures;
    }

    private static bool IsValidConnectionString(string connectionString)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
