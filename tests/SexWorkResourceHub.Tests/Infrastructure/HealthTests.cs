using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;

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
        Assert.True(File.Exists(Path.Combine(factory.DataPath, "hub.db")));
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
    public async Task Articles_are_served_while_the_database_is_prepared_and_directory_pages_wait_for_it()
    {
        // Another process holds the database file: migrating waits for the lock, the state of a slow start.
        using var factory = new HubFactory();
        Directory.CreateDirectory(factory.DataPath);
        await using var holder = new SqliteConnection($"Data Source={Path.Combine(factory.DataPath, "hub.db")};Pooling=False");
        await holder.OpenAsync();
        await using (var begin = holder.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE;";
            await begin.ExecuteNonQueryAsync();
        }

        var client = factory.CreateClient();
        var article = await client.GetAsync("/articles/consent-basics");
        Assert.Equal(HttpStatusCode.OK, article.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/readyz")).StatusCode);
        var resources = client.GetAsync("/resources");
        await Task.Delay(300);
        Assert.False(resources.IsCompleted, "The directory needs the database and should wait for it, not fail.");

        await using (var commit = holder.CreateCommand())
        {
            commit.CommandText = "COMMIT;";
            await commit.ExecuteNonQueryAsync();
        }

        await holder.CloseAsync();
        var page = await (await resources).Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, (await resources).StatusCode);
        Assert.Contains("<h1", page, StringComparison.Ordinal);
        Assert.True(await Html.EventuallyAsync(async () => (await client.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK));
    }
}
