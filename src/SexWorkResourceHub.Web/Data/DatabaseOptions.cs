namespace SexWorkResourceHub.Web.Data;

/// <summary>The store: which provider, and its connection string (ConnectionStrings:Hub).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string DefaultConnectionString = "Data Source=data/hub.db";

    /// <summary>Database:Provider: Sqlite (the default) or Postgres, in any letter case.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Resolved from ConnectionStrings:Hub: on SQLite a relative file is taken from the content root; on
    /// PostgreSQL it is an Npgsql connection string, used as given.
    /// </summary>
    public string ConnectionString { get; set; } = DefaultConnectionString;

    /// <summary>Folder of the SQLite file, where the search index is kept too; empty on PostgreSQL. Set by the options setup.</summary>
    public string DataFolder { get; set; } = string.Empty;

    /// <summary>
    /// Database:ChangePollSeconds: how often to check the store for changes made by another instance
    /// (5 by default; 0 turns it off). See <see cref="StoreChangePoller"/>.
    /// </summary>
    public int ChangePollSeconds { get; set; } = 5;

    /// <summary>Where the store is, for log lines and messages: the SQLite file, or the PostgreSQL host and database (never a password).</summary>
    public string Location { get; set; } = string.Empty;
}
