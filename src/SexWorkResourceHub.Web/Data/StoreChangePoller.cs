using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace SexWorkResourceHub.Web.Data;

/// <summary>
/// Notices changes to resources and events that this process did not make: an editor's save on another
/// instance of the site sharing the database, or the import command. It raises <see cref="StoreChanges"/>
/// as a local save does, so cached pages and the search index follow within a few seconds.
/// </summary>
/// <remarks>
/// It compares a fingerprint of the two tables (row count and latest UpdatedAt, soft-deleted rows
/// included) every Database:ChangePollSeconds. Every save stamps UpdatedAt and records are never removed
/// outright, so any change moves the fingerprint. Its own instance's saves are seen too; that costs one
/// extra eviction of the page cache, never a stale page.
/// </remarks>
internal sealed class StoreChangePoller(
    IServiceScopeFactory scopes,
    StoreChanges changes,
    IOptions<DatabaseOptions> options,
    ILogger<StoreChangePoller> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.ChangePollSeconds);
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(interval);
        Fingerprint? last = null;
        do
        {
            try
            {
                var current = await ReadAsync(stoppingToken);
                if (last is not null && current != last)
                {
                    log.LogInformation("Resources or events changed in the database; refreshing cached pages and search");
                    changes.Raise();
                }

                last = current;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A database that does not answer for a moment is not a reason to stop checking.
                log.LogWarning(ex, "Could not check the database for changes; trying again in {Seconds} s", interval.TotalSeconds);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task<Fingerprint> ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        var resources = db.AllResources;
        var events = db.AllEvents;
        return new Fingerprint(
            await resources.CountAsync(cancellationToken),
            await resources.MaxAsync(r => (DateTime?)r.UpdatedAt, cancellationToken),
            await events.CountAsync(cancellationToken),
            await events.MaxAsync(e => (DateTime?)e.UpdatedAt, cancellationToken));
    }

    private sealed record Fingerprint(int Resources, DateTime? ResourcesUpdated, int Events, DateTime? EventsUpdated);
}
