using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Data;

namespace SexWorkResourceHub.Web.Commands;

/// <summary>`backup &lt;file&gt;`: a consistent copy of the live database, safe to run while the site serves.</summary>
internal static class BackupCommand
{
    public static async Task<int> RunAsync(CommandContext context)
    {
        var database = context.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (database.Provider == DatabaseProvider.Postgres)
        {
            // The copy is made with SQLite's online backup; a PostgreSQL server has its own tools for this.
            await context.Errors.WriteLineAsync(
                $"backup: the store is on PostgreSQL ({database.Location}), and this command copies an SQLite file. "
                + "Use PostgreSQL's own tools instead, for example: pg_dump --format=custom --file=hub.dump --dbname=<database>. "
                + "See docs/operators/postgres.md.");
            return 2;
        }

        if (context.Args.Length != 1)
        {
            await context.Errors.WriteLineAsync("Usage: backup <file>   for example: backup backups/hub-2026-11-22.db");
            return 2;
        }

        var target = Path.GetFullPath(context.Args[0], CommandLine.UserDirectory);
        if (File.Exists(target))
        {
            await context.Errors.WriteLineAsync($"backup: {target} already exists. Choose a new file name; nothing was overwritten.");
            return 2;
        }

        try
        {
            var summary = DatabaseBackup.Write(database.ConnectionString, target);
            await context.Output.WriteLineAsync(
                $"Wrote {target}: {summary.Resources} resources, {summary.Events} events, {summary.Editors} editors, {summary.Suggestions} suggestions.");
            return 0;
        }
        catch (Exception ex) when (ex is FileNotFoundException or InvalidOperationException or IOException or Microsoft.Data.Sqlite.SqliteException)
        {
            await context.Errors.WriteLineAsync("backup: " + ex.Message);
            return 1;
        }
    }
}
