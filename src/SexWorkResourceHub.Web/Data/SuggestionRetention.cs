using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Web.Data;

/// <summary>
/// Keeps the privacy page's promise: a suggestion is deleted 30 days after an editor decides on it.
/// Runs a minute after start and then every hour.
/// </summary>
public sealed class SuggestionRetention(IServiceScopeFactory scopes, TimeProvider time, ILogger<SuggestionRetention> log) : BackgroundService
{
    public static readonly TimeSpan KeepDecidedFor = TimeSpan.FromDays(30);

    /// <summary>Deletes decided suggestions older than the retention period; returns how many went.</summary>
    public static Task<int> PurgeAsync(HubDbContext db, DateTime now, CancellationToken cancellationToken = default)
    {
        var cutoff = now - KeepDecidedFor;
        return db.Suggestions
            .Where(s => s.Status != SuggestionStatus.Pending && s.DecidedAt != null && s.DecidedAt < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// A job with an hour's slack waits out start-up, when the first pages need the cores: run at once,
    /// it built its query alongside the catalog load and the database preparation.
    /// </summary>
    public static readonly TimeSpan FirstRunAfter = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Delay(FirstRunAfter, time, stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var deleted = await PurgeAsync(scope.ServiceProvider.GetRequiredService<HubDbContext>(), time.GetUtcNow().UtcDateTime, stoppingToken);
                if (deleted > 0)
                {
                    log.LogInformation("Deleted {Count} suggestions decided more than {Days} days ago", deleted, KeepDecidedFor.Days);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Could not delete old suggestions; will try again in an hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
