using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Seeding;

namespace SexWorkResourceHub.Web.Commands;

/// <summary>`import &lt;folder&gt;`: adds the resources and events whose slugs the store does not have.</summary>
internal static class ImportCommand
{
    public static async Task<int> RunAsync(CommandContext context)
    {
        if (context.Args.Length != 1)
        {
            await context.Errors.WriteLineAsync("Usage: import <folder>   (a folder holding resources.yaml and events.yaml)");
            return 2;
        }

        var folder = Path.GetFullPath(context.Args[0], CommandLine.UserDirectory);
        if (!Directory.Exists(folder))
        {
            await context.Errors.WriteLineAsync($"import: no folder at {folder}");
            return 2;
        }

        await using var scope = context.Services.CreateAsyncScope();
        var importer = new SeedImporter(scope.ServiceProvider.GetRequiredService<HubDbContext>(), scope.ServiceProvider.GetRequiredService<TimeProvider>());
        var result = await importer.ImportAsync(folder, context.Cancellation);
        if (result.ResourcesAdded + result.EventsAdded > 0)
        {
            // Run inside a started site (as the tests do), its pages and search follow at once; from the
            // command line, the running site's poller notices the new records.
            context.Services.GetRequiredService<StoreChanges>().Raise();
        }

        foreach (var problem in result.Problems)
        {
            await context.Errors.WriteLineAsync(problem.Format(CommandLine.UserDirectory));
        }

        await context.Output.WriteLineAsync($"Imported {result.ResourcesAdded} resources and {result.EventsAdded} events from {folder}.");
        return result.Problems.Count == 0 ? 0 : 1;
    }
}
