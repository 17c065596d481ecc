using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data.Seeding;

namespace SexWorkResourceHub.Web.Data;

/// <summary>
/// Prepares the store in one step before the site takes requests: applies the provider's migrations and
/// fills an empty store from content/data. On SQLite it first creates the data folder and turns on
/// write-ahead logging (readers and a writer do not block each other), and copies in Data Protection
/// keys an older version kept in keys/. Commands that need the store call <see cref="PrepareAsync"/>.
/// </summary>
/// <remarks>
/// A hosted service starts before the server listens, so no request meets a store that is not ready
/// and nothing waits for it. The work itself begins earlier (<see cref="StartEarly"/>), beside the
/// pipeline's setup and the first catalog load: on 2 cores that brought the first article about 0.2 s
/// sooner. It is done before Data Protection's own hosted service starts, which reads the key ring from
/// the store (Program.cs keeps that order). If preparing fails, the site logs why and stops with exit
/// code 1.
/// </remarks>
public sealed class DatabaseInitializer(
    IServiceScopeFactory scopes,
    IOptions<DatabaseOptions> options,
    IOptions<ContentOptions> content,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<DatabaseInitializer> log)
    : IHostedService
{
    private Task? _early;

    /// <summary>
    /// Starts preparing the store at once, on another thread, while the host is still being set up
    /// (Program.cs calls it after building the host). <see cref="StartAsync"/> then waits for that
    /// preparation instead of starting its own, so the host still listens only once the store is ready.
    /// </summary>
    public void StartEarly() => _early ??= Task.Run(() => PrepareAsync(lifetime.ApplicationStopping));

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await (_early ?? PrepareAsync(cancellationToken)).WaitAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            log.LogCritical(ex, "The database ({Location}) could not be prepared; the site stops", options.Value.Location);
            throw;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Migrates and seeds the store; a store already prepared is left as it is.</summary>
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var database = options.Value;
        if (database.DataFolder is not null)
        {
            Directory.CreateDirectory(database.DataFolder);
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        await using (await PreparationLock.TakeAsync(db, database.Provider, cancellationToken))
        {
            if (database.Provider == DatabaseProvider.Postgres)
            {
                // Npgsql's migrator reads the history table before it creates it, and logs the missing
                // table of a new database as a failed command (npgsql/efcore.pg#3407): an error in the
                // log of every first start. Creating it first, as migrating would, keeps the log honest.
                var history = db.GetService<IHistoryRepository>();
                await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), cancellationToken);
            }

            // Migrating takes EF Core's migration lock and builds its migrator even when nothing is
            // pending; on an up-to-date store (every start but the first after an upgrade) asking is enough.
            if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                await db.Database.MigrateAsync(cancellationToken);
            }

            if (database.Provider == DatabaseProvider.Sqlite)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                if (database.DataFolder is { } folder)
                {
                    var keys = await KeysFolderImport.ImportAsync(db, folder, cancellationToken);
                    if (keys > 0)
                    {
                        log.LogInformation("Copied {Count} Data Protection keys from {Folder} into the database", keys, Path.Combine(folder, "keys"));
                    }
                }
            }

            await SeedIfEmptyAsync(db, cancellationToken);
        }

        log.LogInformation("Database ready: {Location}", database.Location);
    }

    private async Task SeedIfEmptyAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        // Seed only a store that has never held records, so a fresh clone shows real data. Looking and
        // filling happen in one transaction: on SQLite it takes the write lock at once (BEGIN IMMEDIATE),
        // so another process starting on the same file, or a command, waits and then finds the records.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.AllResources.AnyAsync(cancellationToken) || await db.AllEvents.AnyAsync(cancellationToken))
        {
            return;
        }

        var seedFolder = Path.Combine(content.Value.Path!, "data");
        var result = await new SeedImporter(db, time).ImportAsync(seedFolder, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        foreach (var problem in result.Problems)
        {
            log.LogWarning("Seed problem {File}:{Line}: {Message}", problem.DisplayFile(content.Value.Path!), problem.Line, problem.Message);
        }

        log.LogInformation("Seeded an empty store with {Resources} resources and {Events} events from {Folder}",
            result.ResourcesAdded, result.EventsAdded, seedFolder);
    }
}
