namespace SexWorkResourceHub.Web.Data;

/// <summary>The store: which provider, and its connection string (ConnectionStrings:Hub).</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";
    public const string DefaultConnectionString = "Data Source=data/hub.db";

    /// <summary>Resolved from ConnectionStrings:Hub; a relative SQLite file is taken from the content root.</summary>
    public string ConnectionString { get; set; } = DefaultConnectionString;

    /// <summary>Folder of the SQLite file, where Data Protection keys are kept too. Set by the options setup.</summary>
    public string DataFolder { get; set; } = string.Empty;
}
