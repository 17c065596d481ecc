using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace SexWorkResourceHub.Web.Data;

/// <summary>
/// Reads Database:Provider and ConnectionStrings:Hub. On SQLite it resolves a relative file against the
/// content root and adds a busy timeout, so concurrent writers wait for each other instead of failing.
/// On PostgreSQL the connection string is used as given; it is only checked.
/// </summary>
internal sealed class DatabaseOptionsSetup(IConfiguration configuration, IHostEnvironment environment)
    : IConfigureOptions<DatabaseOptions>, IValidateOptions<DatabaseOptions>
{
    private const int BusyTimeoutSeconds = 30;
    private const string ProviderSetting = DatabaseOptions.Section + ":Provider";
    private const string PollSetting = DatabaseOptions.Section + ":ChangePollSeconds";
    private const string PostgresExample = "'Host=db.example.org;Database=hub;Username=hub;Password=...'";

    public void Configure(DatabaseOptions options)
    {
        // An unknown provider is left as the default here and reported by Validate with the setting's name.
        options.Provider = ParseProvider(configuration[ProviderSetting]) ?? DatabaseProvider.Sqlite;
        // A value that is not a whole number is left at -1 and reported by Validate.
        var poll = configuration[PollSetting];
        options.ChangePollSeconds = string.IsNullOrWhiteSpace(poll) ? 5
            : int.TryParse(poll, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var seconds) ? seconds : -1;
        var configured = configuration.GetConnectionString("Hub");
        if (options.Provider == DatabaseProvider.Postgres)
        {
            ConfigurePostgres(options, configured);
        }
        else
        {
            ConfigureSqlite(options, configured);
        }
    }

    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        var provider = configuration[ProviderSetting];
        if (!string.IsNullOrWhiteSpace(provider) && ParseProvider(provider) is null)
        {
            return ValidateOptionsResult.Fail($"{ProviderSetting} is '{provider}': use Sqlite (the default) or Postgres.");
        }

        if (options.ChangePollSeconds is < 0 or > 3600)
        {
            return ValidateOptionsResult.Fail($"{PollSetting} must be a whole number of seconds from 0 (off) to 3600.");
        }

        return options.Provider == DatabaseProvider.Postgres ? ValidatePostgres(options) : ValidateSqlite(options);
    }

    private static DatabaseProvider? ParseProvider(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => DatabaseProvider.Sqlite,
        "postgres" or "postgresql" => DatabaseProvider.Postgres,
        _ => null,
    };

    private void ConfigureSqlite(DatabaseOptions options, string? configured)
    {
        options.ConnectionString = string.IsNullOrWhiteSpace(configured) ? DatabaseOptions.DefaultConnectionString : configured;
        try
        {
            var builder = new SqliteConnectionStringBuilder(options.ConnectionString);
            if (builder.DataSource is not (":memory:" or "") && builder.Mode != SqliteOpenMode.Memory)
            {
                builder.DataSource = Path.GetFullPath(builder.DataSource, environment.ContentRootPath);
                options.DataFolder = Path.GetDirectoryName(builder.DataSource)!;
            }

            if (!configured?.Contains("timeout", StringComparison.OrdinalIgnoreCase) ?? true)
            {
                builder.DefaultTimeout = BusyTimeoutSeconds;
            }

            options.ConnectionString = builder.ToString();
            options.Location = builder.DataSource;
        }
        catch (ArgumentException)
        {
            // Left as configured; Validate reports it with the setting's name.
        }
    }

    private static void ConfigurePostgres(DatabaseOptions options, string? configured)
    {
        // No default: a PostgreSQL server is somewhere only the operator knows, and SQLite's default
        // file name is not a PostgreSQL connection string. Validate says what to set.
        options.ConnectionString = configured ?? string.Empty;
        options.DataFolder = string.Empty;
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            options.Location = $"PostgreSQL database '{builder.Database}' on {builder.Host}:{builder.Port}";
        }
        catch (ArgumentException)
        {
            // Reported by Validate.
        }
    }

    private static ValidateOptionsResult ValidateSqlite(DatabaseOptions options)
    {
        try
        {
            var builder = new SqliteConnectionStringBuilder(options.ConnectionString);
            return string.IsNullOrWhiteSpace(builder.DataSource)
                ? ValidateOptionsResult.Fail("ConnectionStrings:Hub has no Data Source: give a file, for example 'Data Source=data/hub.db'.")
                : ValidateOptionsResult.Success;
        }
        catch (ArgumentException ex)
        {
            return ValidateOptionsResult.Fail($"ConnectionStrings:Hub is not a valid SQLite connection string: {ex.Message}");
        }
    }

    private static ValidateOptionsResult ValidatePostgres(DatabaseOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return ValidateOptionsResult.Fail(
                $"{ProviderSetting} is Postgres, so ConnectionStrings:Hub must name the server: give an Npgsql connection string, for example {PostgresExample}.");
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            if (string.IsNullOrWhiteSpace(builder.Host))
            {
                return ValidateOptionsResult.Fail($"ConnectionStrings:Hub has no Host: give the PostgreSQL server, for example {PostgresExample}.");
            }

            return string.IsNullOrWhiteSpace(builder.Database)
                ? ValidateOptionsResult.Fail($"ConnectionStrings:Hub has no Database: name the site's database, for example {PostgresExample}.")
                : ValidateOptionsResult.Success;
        }
        catch (ArgumentException ex)
        {
            return ValidateOptionsResult.Fail($"ConnectionStrings:Hub is not a valid PostgreSQL (Npgsql) connection string: {ex.Message}");
        }
    }
}
