using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data.Seeding;

namespace SexWorkResourceHub.Web.Data;

/// <summary>
/// Before the site takes requests: creates the data folder, applies migrations, turns on write-ahead
/// logging (readers and a writer do not block each other) and fills an empty store from content/data.
/// </summary>
public sealed class DatabaseInitializer(
    IServiceScopeFactory scopes,
    IOptions<DatabaseOptions> options,
    IOptions<ContentOptions> content,
    ILogger<DatabaseInitializer> log)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.DataFolder.Length > 0)
        {
            Directory.CreateDirectory(options.Value.DataFolder);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);

        // Seed only a store that has never held records, so a fresh clone shows real data.
        if (!await db.Resources.IgnoreQueryFilters().AnyAsync(cancellationToken) && !await db.Events.IgnoreQueryFilters().AnyAsync(cancellationToken))
        {
            var seedFolder = Path.Combine(content.Value.Path!, "data");
            var result = await new SeedImporter(db).ImportAsync(seedFolder, cancellationToken);
            foreach (var problem in result.Problems)
            {
                log.LogWarning("Seed problem {File}:{Line}: {Message}", problem.DisplayFile(content.Value.Path!), problem.Line, problem.Message);
            }

            log.LogInformation("Seeded an empty store with {Resources} resources and {Events} events from {Folder}",
                result.ResourcesAdded, result.EventsAdded, seedFolder);
        }

        log.LogInformation("Database ready at {DataFolder}", options.Value.DataFolder);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
