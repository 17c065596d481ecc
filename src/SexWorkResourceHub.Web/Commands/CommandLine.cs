using SexWorkResourceHub.Web.Data;

namespace SexWorkResourceHub.Web.Commands;

/// <summary>
/// The site binary is also the editors' and operators' tool: `-- check-content`, `-- editors add`, ...
/// A command runs and exits; no command runs the site.
/// </summary>
public static class CommandLine
{
    private sealed record Command(string Usage, bool NeedsDatabase, Func<CommandContext, Task<int>> Run);

    private static readonly Dictionary<string, Command> Commands = new(StringComparer.Ordinal)
    {
        ["check-content"] = new("check-content [folder]   check every content file; prints file:line: message, exits 1 on problems", false, CheckContentCommand.RunAsync),
        ["editors"] = new("editors add|list|disable|enable|reset-password [email]   manage editor accounts", true, EditorsCommand.RunAsync),
        ["backup"] = new("backup <file>   write a consistent copy of the live SQLite database (on PostgreSQL, use pg_dump)", false, BackupCommand.RunAsync),
        ["check-links"] = new("check-links [--fail-on-broken]   ask every outside link; lists dead, moved and unreachable ones for the dashboard", true, CheckLinksCommand.RunAsync),
        ["export"] = new("export <folder> [--format seed|hsds] [--include-closed]   write resources and events in the seed format, or the directory as an HSDS tabular data package", true, ExportCommand.RunAsync),
        ["import"] = new("import <folder>   add resources and events from seed files (new slugs only)", true, ImportCommand.RunAsync),
    };

    /// <summary>
    /// The directory the person typed the command in. `dotnet run` starts the program in the project
    /// folder, but the shell's directory is still in PWD, and that is what relative paths mean to the user.
    /// </summary>
    public static string UserDirectory =>
        Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && Directory.Exists(pwd) ? pwd : Directory.GetCurrentDirectory();

    /// <summary>True when the first argument names a command rather than a setting for the site.</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && (Commands.ContainsKey(args[0]) || args[0] is "help" or "--help");

    public static Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter errors) =>
        RunAsync(new CommandContext(services, args, Console.In, output, errors, InteractiveInput: !Console.IsInputRedirected));

    public static async Task<int> RunAsync(CommandContext context)
    {
        if (!Commands.TryGetValue(context.Args[0], out var command))
        {
            await context.Output.WriteLineAsync("Usage: dotnet run --project src/SexWorkResourceHub.Web -- <command>");
            await context.Output.WriteLineAsync("Commands:");
            foreach (var usage in Commands.Values.Select(c => c.Usage))
            {
                await context.Output.WriteLineAsync("  " + usage);
            }

            await context.Output.WriteLineAsync("With no command, the site runs.");
            return 0;
        }

        if (command.NeedsDatabase)
        {
            await context.Services.GetRequiredService<DatabaseInitializer>().PrepareAsync(context.Cancellation);
        }

        return await command.Run(context with { Args = context.Args[1..] });
    }
}
