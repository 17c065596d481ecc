using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace SexWorkResourceHub.Web.Data;

/// <summary>
/// Before the site takes requests: creates the data folder, applies migrations and turns on
/// write-ahead logging, so readers and a writer do not block each other.
/// </summary>
internal sealed class DatabaseInitializer(IServiceScopeFactory scopes, IOptions<DatabaseOptions> options, ILogger<DatabaseInitializer> log)
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
        log.LogInformation("Database ready at {DataFolder}", options.Value.DataFolder);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
