using Microsoft.Data.Sqlite;
using SexWorkResourceHub.Web.Data;

namespace SexWorkResourceHub.Tests.Support;

/// <summary>A real SQLite file in a temporary folder, deleted afterwards.</summary>
public sealed class TempDatabase : ITempStore
{
    private readonly string _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "swrh-db", Guid.NewGuid().ToString("N"));

    public TempDatabase()
    {
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, "hub.db");
    }

    public string Path { get; }

    public string ConnectionString => $"Data Source={Path};Pooling=False";

    public HubDbContext CreateContext() =>
        ProviderSelection.CreateContext(DatabaseProvider.Sqlite, ConnectionString);

    /// <summary>Tables and indexes as SQLite keeps them ("type name sql", one line each), without EF's own history table.</summary>
    public List<string> Schema()
    {
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT type, name, sql FROM sqlite_master
            WHERE name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%' AND sql IS NOT NULL
            ORDER BY type, name
            """;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            // Whitespace is not schema: SQLite keeps a table's text as written, and ALTER TABLE ADD COLUMN
            // splices the new column in as " , ..." where a fresh CREATE TABLE writes ", ...".
            var sql = string.Join(' ', reader.GetString(2).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
                .Replace(" ,", ",", StringComparison.Ordinal).Replace("( ", "(", StringComparison.Ordinal).Replace(" )", ")", StringComparison.Ordinal);
            rows.Add($"{reader.GetString(0)} {reader.GetString(1)} {sql}");
        }

        return rows;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
