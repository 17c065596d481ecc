using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data.Seeding;

namespace SexWorkResourceHub.Web.Data;

/// <summary>
/// Prepares the store: creates the data folder, applies migrations, turns on write-ahead logging
/// (readers and a writer do not block each other) and fills an empty store from content/data.
/// </summary>
/// <remarks>
/// The site does not wait for this before it listens: articles and the other content pages need no
/// database, and on a cold start migrating and warming EF Core takes longer than serving the first
/// article. Anything that opens a connection waits for <see cref="Ready"/> instead
/// (<see cref="DatabaseReadyInterceptor"/>), and /readyz reports not ready until it completes.
/// If preparing fails, the site logs why and stops with a non-zero exit code, as before.
/// </remarks>
public sealed class DatabaseInitializer(
    IServiceScopeFactory scopes,
    IOptions<DatabaseOptions> options,
    IOptions<ContentOptions> content,
    IHostApplicationLifetime lifetime,
    ILogger<DatabaseInitializer> log)
    : IHostedService
{
    private static readonly AsyncLocal<bool> Preparing = new();
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the store is migrated and seeded; faults if that failed.</summary>
    public Task Ready => ready.Task;

    /// <summary>True on the preparing code path itself, whose connections must not wait for it.</summary>
    internal static bool IsPreparing => Preparing.Value;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Task.Run(async () =>
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
                log.LogCritical(ex, "The database at {DataFolder} could not be prepared; the site stops", options.Value.DataFolder);
                Environment.ExitCode = 1;
                lifetime.StopApplication();
            }
        }, CancellationToken.None);
        return Task.CompletedTask;
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
}
