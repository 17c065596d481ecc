using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data.Seeding;

namespace SexWorkResourceHub.Web.Data;

/// <summary>
/// Prepares the store: applies the provider's migrations and fills an empty store from content/data.
/// On SQLite it first creates the data folder and turns on write-ahead logging (readers and a writer do
/// not block each other), and copies in Data Protection keys an older version kept in keys/.
/// </summary>
/// <remarks>
/// On SQLite the site does not wait for this before it listens: articles and the other content pages
/// need no database, and on a cold start migrating and warming EF Core takes longer than serving the
/// first article. Anything that opens a connection waits for <see cref="Ready"/> instead
/// (<see cref="DatabaseReadyInterceptor"/>), and /readyz reports not ready until it completes.
/// On PostgreSQL the site listens once the store is ready. Data Protection reads its keys from the
/// store through a synchronous API, so every early request that renders a form holds a thread while it
/// waits; SQLite's work finishes on those few threads, but PostgreSQL's network round trips need free
/// pool threads to go on, and 50 such requests held preparing for half a minute. Behind a load
/// balancer an instance gets traffic once /readyz says so anyway.
/// If preparing fails, the site logs why and stops with a non-zero exit code, as before.
/// </remarks>
public sealed class DatabaseInitializer(
    IServiceScopeFactory scopes,
    IOptions<DatabaseOptions> options,
    IOptions<ContentOptions> content,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<DatabaseInitializer> log)
    : IHostedService
{
    private static readonly AsyncLocal<bool> Preparing = new();
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the store is migrated and seeded; faults if that failed.</summary>
    public Task Ready => ready.Task;

    /// <summary>True on the preparing code path itself, whose connections must not wait for it.</summary>
    internal static bool IsPreparing => Preparing.Value;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var preparing = Task.Run(async () =>
        {
            try
            {
                await PrepareAsync(lifetime.ApplicationStopping);
            }
            catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
            {
                // Stopping before the store was ready: nothing to report.
            }
            catch (Exception ex)
            {
                log.LogCritical(ex, "The database ({Location}) could not be prepared; the site stops", options.Value.Location);
                Environment.ExitCode = 1;
                lifetime.StopApplication();
            }
        }, CancellationToken.None);
        if (options.Value.Provider == DatabaseProvider.Postgres)
        {
            // Never throws: a failure is logged above and stops the site.
            await preparing.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Prepares the store now; commands call this before they touch the database.</summary>
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        Preparing.Value = true;
        try
        {
            await MigrateAndSeedAsync(cancellationToken);
            ready.TrySetResult();
        }
        catch (Exception ex)
        {
            ready.TrySetException(ex);
            throw;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task MigrateAndSeedAsync(CancellationToken cancellationToken)
    {
        var database = options.Value;
        if (database.DataFolder.Length > 0)
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

            await db.Database.MigrateAsync(cancellationToken);
            if (database.Provider == DatabaseProvider.Sqlite)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
                var keys = await KeysFolderImport.ImportAsync(db, database.DataFolder, cancellationToken);
                if (keys > 0)
                {
                    log.LogInformation("Copied {Count} Data Protection keys from {Folder} into the database", keys, Path.Combine(database.DataFolder, "keys"));
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
        if (await db.Resources.IgnoreQueryFilters().AnyAsync(cancellationToken) || await db.Events.IgnoreQueryFilters().AnyAsync(cancellationToken))
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
