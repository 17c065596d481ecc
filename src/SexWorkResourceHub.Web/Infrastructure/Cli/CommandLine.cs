namespace SexWorkResourceHub.Web.Infrastructure.Cli;

/// <summary>
/// The site binary is also the editors' and operators' tool: `-- check-content`, and so on.
/// A command runs and exits; no command runs the site.
/// </summary>
public static class CommandLine
{
    private static readonly Dictionary<string, Func<IServiceProvider, string[], TextWriter, TextWriter, Task<int>>> Commands = new(StringComparer.Ordinal)
    {
        ["check-content"] = CheckContentCommand.RunAsync,
    };

    /// <summary>
    /// The directory the person typed the command in. `dotnet run` starts the program in the project
    /// folder, but the shell's directory is still in PWD, and that is what relative paths mean to the user.
    /// </summary>
    public static string UserDirectory =>
        Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && Directory.Exists(pwd) ? pwd : Directory.GetCurrentDirectory();

    /// <summary>True when the first argument names a command rather than a setting for the site.</summary>
    public static bool IsCommand(string[] args) => args.Length > 0 && (Commands.ContainsKey(args[0]) || args[0] is "help" or "--help");

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter errors)
    {
        if (!Commands.TryGetValue(args[0], out var command))
        {
            await output.WriteLineAsync("Usage: dotnet run --project src/SexWorkResourceHub.Web -- <command>");
            await output.WriteLineAsync("Commands:");
            await output.WriteLineAsync("  check-content [folder]   check every content file; prints file:line: message, exits 1 on problems");
            await output.WriteLineAsync("With no command, the site runs.");
            return 0;
        }

        return await command(services, args[1..], output, errors);
    }
}
