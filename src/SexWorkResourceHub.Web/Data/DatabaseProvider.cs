namespace SexWorkResourceHub.Web.Data;

/// <summary>Which database server holds the store (Database:Provider).</summary>
public enum DatabaseProvider
{
    /// <summary>One file beside the site: the default, for a single instance.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server (Npgsql), which several instances of the site can share.</summary>
    Postgres,
}
