using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Data.Seeding;
using SexWorkResourceHub.Web.Hsds;
using SexWorkResourceHub.Web.Infrastructure;

namespace SexWorkResourceHub.Web.Commands;

/// <summary>
/// `export &lt;folder&gt; [--format seed|hsds] [--include-closed]`: resources and events in the seed format
/// (the default), or the directory as an HSDS tabular data package for a 211 to import. Deleted
/// records are always left out; closed resources are left out of the HSDS package unless asked for.
/// Nothing already in the folder is overwritten.
/// </summary>
internal static class ExportCommand
{
    private const string Usage = "Usage: export <folder> [--format seed|hsds] [--include-closed]";

    public static async Task<int> RunAsync(CommandContext context)
    {
        var (folderArg, format, includeClosed, problem) = ReadArguments(context.Args);
        if (problem is not null)
        {
            await context.Errors.WriteLineAsync(problem);
            return 2;
        }

        var folder = Path.GetFullPath(folderArg!, CommandLine.UserDirectory);
        await using var scope = context.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        return format == "hsds"
            ? await ExportHsdsAsync(context, scope.ServiceProvider, db, folder, includeClosed)
            : await ExportSeedAsync(context, db, folder);
    }

    private static (string? Folder, string Format, bool IncludeClosed, string? Problem) ReadArguments(string[] args)
    {
        string? folder = null;
        var format = "seed";
        var includeClosed = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format" when i + 1 < args.Length && args[i + 1] is "seed" or "hsds":
                    format = args[++i];
                    break;
                case "--format":
                    return (null, format, false, "export: --format must be seed (the seed files, the default) or hsds (an HSDS tabular data package).\n" + Usage);
                case "--include-closed":
                    includeClosed = true;
                    break;
                case var arg when !arg.StartsWith("--", StringComparison.Ordinal) && folder is null:
                    folder = arg;
                    break;
                default:
                    return (null, format, false, Usage);
            }
        }

        if (folder is null)
        {
            return (null, format, false, Usage);
        }

        return includeClosed && format != "hsds"
            ? (null, format, false, "export: --include-closed goes with --format hsds; the seed files always keep closed resources, with their status.")
            : (folder, format, includeClosed, null);
    }

    private static async Task<int> ExportSeedAsync(CommandContext context, HubDbContext db, string folder)
    {
        var resourcesPath = Path.Combine(folder, SeedReader.ResourcesFile);
        var eventsPath = Path.Combine(folder, SeedReader.EventsFile);
        if (File.Exists(resourcesPath) || File.Exists(eventsPath))
        {
            await context.Errors.WriteLineAsync($"export: {folder} already holds seed files. Choose an empty folder; nothing was overwritten.");
            return 2;
        }

        var resources = await db.Resources.AsNoTracking().OrderBy(r => r.Slug).ToListAsync(context.Cancellation);
        var events = await db.Events.AsNoTracking().OrderBy(e => e.Start).ThenBy(e => e.Slug).ToListAsync(context.Cancellation);
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(resourcesPath, SeedExporter.Resources(resources), context.Cancellation);
        await File.WriteAllTextAsync(eventsPath, SeedExporter.Events(events), context.Cancellation);
        await context.Output.WriteLineAsync($"Exported {resources.Count} resources and {events.Count} events to {folder}.");
        return 0;
    }

    private static async Task<int> ExportHsdsAsync(CommandContext context, IServiceProvider services, HubDbContext db, string folder, bool includeClosed)
    {
        var taken = HsdsPackage.Tables.Select(t => t.Path).Append(HsdsPackage.DescriptorFile).Where(f => File.Exists(Path.Combine(folder, f))).ToList();
        if (taken.Count > 0)
        {
            await context.Errors.WriteLineAsync($"export: {folder} already holds {string.Join(", ", taken)}. Choose an empty folder; nothing was overwritten.");
            return 2;
        }

        var query = db.Resources.AsNoTracking();
        if (!includeClosed)
        {
            query = query.Where(r => r.Status != ResourceStatus.Closed);
        }

        var resources = await query.OrderBy(r => r.Slug).ToListAsync(context.Cancellation);
        var checks = (await db.Verifications.AsNoTracking().OrderBy(v => v.CheckedOn).ThenBy(v => v.Id).ToListAsync(context.Cancellation))
            .ToLookup(v => v.ResourceId);
        var site = services.GetRequiredService<IOptions<SiteOptions>>().Value;
        await HsdsPackage.WriteAsync(folder, [.. resources.Select(r => (r, (IReadOnlyList<Verification>)[.. checks[r.Id]]))],
            site.Name, site.Absolute("/"), services.GetRequiredService<IOptions<OpenDataOptions>>().Value,
            services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, context.Cancellation);
        await context.Output.WriteLineAsync(
            $"Exported {resources.Count} services{(includeClosed ? ", closed ones included," : string.Empty)} as an HSDS {HsdsDocuments.Version} tabular data package to {folder} ({HsdsPackage.DescriptorFile} and {HsdsPackage.Tables.Count} CSV files).");
        return 0;
    }
}
