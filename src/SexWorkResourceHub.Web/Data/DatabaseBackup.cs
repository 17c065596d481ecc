using Microsoft.Data.Sqlite;

namespace SexWorkResourceHub.Web.Data;

/// <summary>
/// A consistent copy of the live SQLite database, made with SQLite's online backup while the site keeps
/// running. The copy is checked before it is given its final name, and is one self-contained file.
/// </summary>
public static class DatabaseBackup
{
    public sealed record Summary(long Resources, long Events, long Editors, long Suggestions);

    public static Summary Write(string sourceConnectionString, string target)
    {
        var source = new SqliteConnectionStringBuilder(sourceConnectionString);
        if (!File.Exists(source.DataSource))
        {
            throw new FileNotFoundException($"There is no database at {source.DataSource} yet: start the site once first.");
        }

        source.Mode = SqliteOpenMode.ReadOnly;
        source.Pooling = false;
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var partial = target + ".partial";
        File.Delete(partial);
        var destination = new SqliteConnectionStringBuilder { DataSource = partial, Pooling = false };

        using (var from = new SqliteConnection(source.ToString()))
        using (var to = new SqliteConnection(destination.ToString()))
        {
            from.Open();
            to.Open();
            from.BackupDatabase(to);
            Execute(to, "PRAGMA journal_mode=DELETE;");
        }

        Summary summary;
        using (var copy = new SqliteConnection(destination.ToString()))
        {
            copy.Open();
            var integrity = Scalar(copy, "PRAGMA integrity_check;");
            if (!string.Equals(integrity as string, "ok", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The copy failed SQLite's integrity check: {integrity}");
            }

            summary = new Summary(
                Count(copy, "Resources"), Count(copy, "Events"), Count(copy, "Editors"), Count(copy, "Suggestions"));
        }

        File.Move(partial, target);
        return summary;
    }

    private static long Count(SqliteConnection connection, string table) =>
        Convert.ToInt64(Scalar(connection, $"SELECT COUNT(*) FROM \"{table}\";"), System.Globalization.CultureInfo.InvariantCulture);

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
