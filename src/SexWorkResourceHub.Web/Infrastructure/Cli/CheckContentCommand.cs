using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data.Seeding;
using SexWorkResourceHub.Web.Resources;

namespace SexWorkResourceHub.Web.Infrastructure.Cli;

/// <summary>
/// `check-content [folder]`: reads every article, page and seed file (data/*.yaml) as the site would and
/// reports each problem as file:line: message. Every problem counts here, including those the running
/// site only warns about.
/// </summary>
internal static class CheckContentCommand
{
    public static async Task<int> RunAsync(CommandContext context)
    {
        var (services, args, output, errors) = (context.Services, context.Args, context.Output, context.Errors);
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
        var seedProblems = new List<ContentProblem>();
        var today = VerificationCycle.Today(services.GetRequiredService<TimeProvider>());
        var resources = SeedReader.ReadResources(Path.Combine(folder, "data", SeedReader.ResourcesFile), today, seedProblems);
        var events = SeedReader.ReadEvents(Path.Combine(folder, "data", SeedReader.EventsFile), seedProblems);
        var problems = snapshot.Problems.Concat(seedProblems).ToList();

        var baseFolder = CommandLine.UserDirectory;
        foreach (var problem in problems)
        {
            await output.WriteLineAsync(problem.Format(baseFolder));
        }

        await output.WriteLineAsync(
            $"check-content: {snapshot.Articles.Count} articles, {snapshot.Pages.Count} pages, " +
            $"{resources.Count} resources, {events.Count} events, {problems.Count} problems");
        return problems.Count == 0 ? 0 : 1;
    }
}
