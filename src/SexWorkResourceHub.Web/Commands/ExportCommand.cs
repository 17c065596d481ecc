using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Seeding;

namespace SexWorkResourceHub.Web.Commands;

/// <summary>`export &lt;folder&gt;`: resources and events in the seed format (deleted ones are left out).</summary>
internal static class ExportCommand
{
    public static async Task<int> RunAsync(CommandContext context)
    {
        if (context.Args.Length != 1)
        {
            await context.Errors.WriteLineAsync("Usage: export <folder>");
            return 2;
        }

        var folder = Path.GetFullPath(context.Args[0], CommandLine.UserDirectory);
        var resourcesPath = Path.Combine(folder, SeedReader.ResourcesFile);
        var eventsPath = Path.Combine(folder, SeedReader.EventsFile);
        if (File.Exists(resourcesPath) || File.Exists(eventsPath))
        {
            await context.Errors.WriteLineAsync($"export: {folder} already holds seed files. Choose an empty folder; nothing was overwritten.");
            return 2;
        }

        await using var scope = context.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var resources = await db.Resources.AsNoTracking().OrderBy(r => r.Slug).ToListAsync(context.Cancellation);
        var events = await db.Events.AsNoTracking().OrderBy(e => e.Start).ThenBy(e => e.Slug).ToListAsync(context.Cancellation);
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(resourcesPath, SeedExporter.Resources(resources), context.Cancellation);
        await File.WriteAllTextAsync(eventsPath, SeedExporter.Events(events), context.Cancellation);
        await context.Output.WriteLineAsync($"Exported {resources.Count} resources and {events.Count} events to {folder}.");
        return 0;
    }
}
