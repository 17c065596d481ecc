using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace SexWorkResourceHub.Web.Data;

/// <summary>
/// Reads ConnectionStrings:Hub, resolves a relative SQLite file against the content root and adds a
/// busy timeout, so concurrent writers wait for each other instead of failing.
/// </summary>
internal sealed class DatabaseOptionsSetup(IConfiguration configuration, IHostEnvironment environment)
    : IConfigureOptions<DatabaseOptions>, IValidateOptions<DatabaseOptions>
{
    private const int BusyTimeoutSeconds = 30;

    public void Configure(DatabaseOptions options)
    {
        var configured = configuration.GetConnectionString("Hub");
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
        }
        catch (ArgumentException)
        {
            // Left as configured; Validate reports it with the setting's name.
        }
    }

    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
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
}
