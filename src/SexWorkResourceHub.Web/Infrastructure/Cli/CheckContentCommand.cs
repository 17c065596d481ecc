using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Content;

namespace SexWorkResourceHub.Web.Infrastructure.Cli;

/// <summary>
/// `check-content [folder]`: reads every article and page as the site would and reports each problem
/// as file:line: message. Every problem counts here, including those the running site only warns about.
/// </summary>
internal static class CheckContentCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter errors)
    {
        if (args.Length > 1)
        {
            await errors.WriteLineAsync("Usage: check-content [folder]");
            return 2;
        }

        var folder = args.Length == 1
            ? Path.GetFullPath(args[0], CommandLine.UserDirectory)
            : services.GetRequiredService<IOptions<ContentOptions>>().Value.Path!;
        if (!Directory.Exists(folder))
        {
            await errors.WriteLineAsync($"check-content: no folder at {folder}");
            return 2;
        }

        var snapshot = services.GetRequiredService<CatalogLoader>().Load(folder);
        var baseFolder = CommandLine.UserDirectory;
        foreach (var problem in snapshot.Problems)
        {
            await output.WriteLineAsync(problem.Format(baseFolder));
        }

        await output.WriteLineAsync(
            $"check-content: {snapshot.Files.Count} files, {snapshot.Articles.Count} articles, {snapshot.Pages.Count} pages, {snapshot.Problems.Length} problems");
        return snapshot.Problems.IsEmpty ? 0 : 1;
    }
}
