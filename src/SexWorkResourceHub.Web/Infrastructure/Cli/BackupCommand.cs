using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Data;

namespace SexWorkResourceHub.Web.Infrastructure.Cli;

/// <summary>`backup &lt;file&gt;`: a consistent copy of the live database, safe to run while the site serves.</summary>
internal static class BackupCommand
{
    public static async Task<int> RunAsync(CommandContext context)
    {
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

        var database = context.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
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
