using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Data;

public sealed class StorePreparationTests
{
    [Fact]
    public async Task Two_instances_starting_together_on_one_empty_store_both_get_ready_and_seed_it_once()
    {
        using var first = new HubFactory();
        using var second = new HubFactory("Production", new Dictionary<string, string?>(first.StoreSettings) { ["Content:Path"] = first.ContentPath });

        var starts = await Task.WhenAll(Task.Run(first.CreateClient), Task.Run(second.CreateClient));

        foreach (var client in starts)
        {
            Assert.True(await Html.EventuallyAsync(async () => (await client.GetAsync("/readyz")).StatusCode == HttpStatusCode.OK));
        }

        await using var scope = first.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        Assert.Equal(4, await db.Resources.CountAsync());
        Assert.Equal(7, await db.Events.CountAsync());
    }

    [Fact]
    public async Task A_first_start_prepares_the_new_store_before_listening_and_logs_no_error()
    {
        // Data Protection reads its key ring from the store as the host starts, so the store is migrated
        // and seeded before: the other way round, reading a store without tables logs an error.
        var folder = Path.Combine(Path.GetTempPath(), "swrh-first-start", Guid.NewGuid().ToString("N"));
        var postgres = TestPostgres.Enabled ? TestPostgres.CreateDatabase() : null;
        try
        {
            using var site = await SiteProcess.StartAsync(new Dictionary<string, string>
            {
                ["Content__Path"] = Path.Combine(AppContext.BaseDirectory, "Fixtures", "content"),
                ["Database__Provider"] = postgres is null ? "Sqlite" : "Postgres",
                ["ConnectionStrings__Hub"] = postgres ?? $"Data Source={Path.Combine(folder, "hub.db")}",
            });
            using var client = new HttpClient { BaseAddress = site.Address };
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);

            var log = site.Output.ToList();
            var ready = log.FindIndex(l => l.Contains("Database ready", StringComparison.Ordinal));
            var listening = log.FindIndex(l => l.Contains("Now listening on", StringComparison.Ordinal));
            Assert.InRange(ready, 0, listening);
            Assert.DoesNotContain(log, l => l.Contains("\"@l\":\"Error\"", StringComparison.Ordinal) || l.Contains("\"@l\":\"Fatal\"", StringComparison.Ordinal));
        }
        finally
        {
            if (postgres is not null)
            {
                TestPostgres.DropDatabase(postgres);
            }

            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    [PostgresFact]
    public async Task On_postgres_preparing_a_new_database_logs_no_error()
    {
        var database = TestPostgres.CreateDatabase();
        try
        {
            // A command prepares the store as the site does, and logs warnings and errors only.
            var result = await SiteProcess.RunAsync(["editors", "list"], new Dictionary<string, string>
            {
                ["Content__Path"] = Path.Combine(AppContext.BaseDirectory, "Fixtures", "content"),
                ["Database__Provider"] = "Postgres",
                ["ConnectionStrings__Hub"] = database,
            });

            Assert.Equal(0, result.ExitCode);
            Assert.DoesNotContain("Failed executing DbCommand", result.Output + result.Errors, StringComparison.Ordinal);
            Assert.DoesNotContain("\"Level\":\"Error\"", result.Output + result.Errors, StringComparison.Ordinal);
        }
        finally
        {
            TestPostgres.DropDatabase(database);
        }
    }
}
