using System.ComponentModel.DataAnnotations;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace SexWorkResourceHub.Web.Data;

/// <summary>
/// The store: which provider (the Database section) and its connection string (ConnectionStrings:Hub).
/// Both sections are bound onto these options; <see cref="DatabaseOptionsSetup"/> then resolves the
/// SQLite file, and the checks below say which setting is wrong.
/// </summary>
public sealed class DatabaseOptions : IValidatableObject
{
    public const string Section = "Database";
    public const string ConnectionStringsSection = "ConnectionStrings";
    public const string DefaultConnectionString = "Data Source=data/hub.db";
    private const string PostgresExample = "'Host=db.example.org;Database=hub;Username=hub;Password=...'";

    /// <summary>Database:Provider: Sqlite (the default) or Postgres, in any letter case (<see cref="DatabaseProviderConverter"/>).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// ConnectionStrings:Hub. On SQLite a file (data/hub.db under the content root when empty), resolved to
    /// a full path with a busy timeout; on PostgreSQL an Npgsql connection string, used as given.
    /// </summary>
    [ConfigurationKeyName("Hub")]
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>
    /// Database:ChangePollSeconds: how often to check the store for changes made by another instance
    /// (5 by default; 0 turns it off). See <see cref="StoreChangePoller"/>.
    /// </summary>
    [Range(0, 3600, ErrorMessage = "Database:ChangePollSeconds must be a whole number of seconds from 0 (off) to 3600.")]
    public int ChangePollSeconds { get; set; } = 5;

    /// <summary>
    /// Folder of the SQLite file, where the search index is kept too; null on PostgreSQL and for an
    /// in-memory SQLite database. Worked out from the connection string, never bound.
    /// </summary>
    public string? DataFolder { get; internal set; }

    /// <summary>
    /// Where the store is, for log lines and messages: the SQLite file, or the PostgreSQL host and
    /// database (never a password). Worked out from the connection string, never bound.
    /// </summary>
    public string Location { get; internal set; } = string.Empty;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var problem = Provider == DatabaseProvider.Postgres ? PostgresProblem(ConnectionString) : SqliteProblem(ConnectionString);
        if (problem is not null)
        {
            yield return new ValidationResult(problem, [nameof(ConnectionString)]);
        }
    }

    private static string? SqliteProblem(string connectionString)
    {
        try
        {
            return string.IsNullOrWhiteSpace(new SqliteConnectionStringBuilder(connectionString).DataSource)
                ? "ConnectionStrings:Hub has no Data Source: give a file, for example 'Data Source=data/hub.db'."
                : null;
        }
        catch (ArgumentException ex)
        {
            return $"ConnectionStrings:Hub is not a valid SQLite connection string: {ex.Message}";
        }
    }

    private static string? PostgresProblem(string connectionString)
    {
        // No default: a PostgreSQL server is somewhere only the operator knows, and SQLite's default
        // file name is not a PostgreSQL connection string.
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return $"Database:Provider is Postgres, so ConnectionStrings:Hub must name the server: give an Npgsql connection string, for example {PostgresExample}.";
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (string.IsNullOrWhiteSpace(builder.Host))
            {
                return $"ConnectionStrings:Hub has no Host: give the PostgreSQL server, for example {PostgresExample}.";
            }

            return string.IsNullOrWhiteSpace(builder.Database)
                ? $"ConnectionStrings:Hub has no Database: name the site's database, for example {PostgresExample}."
                : null;
        }
        catch (ArgumentException ex)
        {
            return $"ConnectionStrings:Hub is not a valid PostgreSQL (Npgsql) connection string: {ex.Message}";
        }
    }
}
