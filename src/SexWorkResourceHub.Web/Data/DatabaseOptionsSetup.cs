using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace SexWorkResourceHub.Web.Data;

/// <summary>
/// Completes the bound <see cref="DatabaseOptions"/>. On SQLite it resolves a relative file against the
/// content root and adds a busy timeout, so concurrent writers wait for each other instead of failing.
/// On PostgreSQL the connection string is used as given. A connection string that does not parse is
/// left as it is, and validation says what is wrong with it.
/// </summary>
internal sealed class DatabaseOptionsSetup(IHostEnvironment environment) : IPostConfigureOptions<DatabaseOptions>
{
    private const int BusyTimeoutSeconds = 30;

    public void PostConfigure(string? name, DatabaseOptions options)
    {
        try
        {
            if (options.Provider == DatabaseProvider.Postgres)
            {
                var postgres = new NpgsqlConnectionStringBuilder(options.ConnectionString);
                options.Location = $"PostgreSQL database '{postgres.Database}' on {postgres.Host}:{postgres.Port}";
                return;
            }

            var configured = options.ConnectionString;
            var sqlite = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured) ? DatabaseOptions.DefaultConnectionString : configured);
            if (sqlite.DataSource is not (":memory:" or "") && sqlite.Mode != SqliteOpenMode.Memory)
            {
                sqlite.DataSource = Path.GetFullPath(sqlite.DataSource, environment.ContentRootPath);
                options.DataFolder = Path.GetDirectoryName(sqlite.DataSource);
            }

            if (!configured?.Contains("timeout", StringComparison.OrdinalIgnoreCase) ?? true)
            {
                sqlite.DefaultTimeout = BusyTimeoutSeconds;
            }

            options.ConnectionString = sqlite.ToString();
            options.Location = sqlite.DataSource;
        }
        catch (ArgumentException)
        {
            // Reported by validation, with the setting's name.
        }
    }
}
