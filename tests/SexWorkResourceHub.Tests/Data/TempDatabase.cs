using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Web.Data;

namespace SexWorkResourceHub.Tests.Data;

/// <summary>A real SQLite file in a temporary folder, deleted afterwards.</summary>
public sealed partial class TempDatabase : ITempStore
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
        new(new DbContextOptionsBuilder<HubDbContext>().UseHubDatabase(DatabaseProvider.Sqlite, ConnectionString).Options);

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
            var sql = string.Join(' ', reader.GetString(2).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
            // SQLite keeps a table's SQL as written, and ALTER TABLE ... ADD splices the column in as
            // "\n, <column>" before the closing parenthesis; spacing beside punctuation is not schema.
            sql = SpaceBesidePunctuation().Replace(sql, "$1");
            rows.Add($"{reader.GetString(0)} {reader.GetString(1)} {sql}");
        }

        return rows;
    }

    [GeneratedRegex(@" ?([(),]) ?")]
    private static partial Regex SpaceBesidePunctuation();

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
