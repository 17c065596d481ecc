using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Infrastructure;

public sealed class HealthTests
{
    [Fact]
    public async Task Healthz_and_readyz_answer_200_once_content_and_database_are_ready()
    {
        using var factory = new HubFactory();
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.True(await Html.EventuallyAsync(async () => (await client.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK));
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<HubDbContext>().Database.GetPendingMigrationsAsync());
        Assert.True(factory.OnPostgres || File.Exists(Path.Combine(factory.DataPath, "hub.db")));
    }

    [Fact]
    public async Task Readyz_is_503_while_the_catalog_has_not_loaded_but_healthz_is_200()
    {
        // Without the watcher the first catalog never loads: the state of the first moments after start.
        using var factory = new HubFactory
        {
            ConfigureTestServices = services =>
            {
                var watcher = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Name == "ContentWatcher");
                services.Remove(watcher);
            },
        };
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/readyz")).StatusCode);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.GetAsync("/articles/consent-basics", timeout.Token));
    }

    [Fact]
    public async Task The_site_answers_once_the_store_is_ready_so_no_request_waits_for_it()
    {
        // Another process holds the store (on SQLite the file's write lock, on PostgreSQL the lock that
        // instances take turns on to prepare it): migrating waits, the state of a slow start.
        using var factory = new HubFactory();
        await using var holder = await StoreHolder.HoldAsync(factory);

        var starting = Task.Run(factory.CreateClient);
        await Task.Delay(300);
        Assert.False(starting.IsCompleted, "The site should not answer before its store is ready.");

        await holder.ReleaseAsync();
        var client = await starting.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/consent-basics")).StatusCode);
        Assert.Contains("Test Hotline", await client.GetStringAsync("/resources"), StringComparison.Ordinal);
        Assert.True(await Html.EventuallyAsync(async () => (await client.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK));
    }

    /// <summary>Another process's hold on a site's store, which keeps the site from finishing preparing it.</summary>
    private sealed class StoreHolder : IAsyncDisposable
    {
        private readonly System.Data.Common.DbConnection _connection;
        private readonly string _release;

        private StoreHolder(System.Data.Common.DbConnection connection, string release)
        {
            _connection = connection;
            _release = release;
        }

        public static async Task<StoreHolder> HoldAsync(HubFactory factory)
        {
            var (connection, hold, release) = factory.OnPostgres
                ? ((System.Data.Common.DbConnection)new NpgsqlConnection(factory.StoreSettings["ConnectionStrings:Hub"]),
                    $"SELECT pg_advisory_lock({PreparationLock.Key});", $"SELECT pg_advisory_unlock({PreparationLock.Key});")
                : (new SqliteConnection($"Data Source={Path.Combine(factory.DataPath, "hub.db")};Pooling=False"), "BEGIN EXCLUSIVE;", "COMMIT;");
            Directory.CreateDirectory(factory.DataPath);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = hold;
            await command.ExecuteNonQueryAsync();
            return new StoreHolder(connection, release);
        }

        public async Task ReleaseAsync()
        {
            await using (var command = _connection.CreateCommand())
            {
                command.CommandText = _release;
                await command.ExecuteNonQueryAsync();
            }

            await _connection.CloseAsync();
        }

        public ValueTask DisposeAsync() => _connection.DisposeAsync();
    }
}
