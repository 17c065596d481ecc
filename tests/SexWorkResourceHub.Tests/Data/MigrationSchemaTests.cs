using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Tests.Support;

namespace SexWorkResourceHub.Tests.Data;

public sealed class MigrationSchemaTests
{
    [Fact]
    public void Migrated_database_has_exactly_the_schema_the_model_describes()
    {
        var (expected, actual) = MigratedAndCreated(() => new TempDatabase());
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Migrating_twice_changes_nothing() => AssertMigratingTwiceChangesNothing(new TempDatabase());

    [PostgresFact]
    public void On_postgres_the_migrated_database_has_exactly_the_schema_the_model_describes()
    {
        var (expected, actual) = MigratedAndCreated(() => new TempPostgresDatabase());
        Assert.Contains(expected, line => line.StartsWith("column Resources.Tags ARRAY _text", StringComparison.Ordinal));
        Assert.Contains(expected, line => line.StartsWith("column Events.Start timestamp with time zone", StringComparison.Ordinal));
        Assert.Equal(expected, actual);
    }

    [PostgresFact]
    public void On_postgres_migrating_twice_changes_nothing() => AssertMigratingTwiceChangesNothing(new TempPostgresDatabase());

    /// <summary>The schema of a store made from the model (EnsureCreated), and of one made by the migrations.</summary>
    private static (List<string> Expected, List<string> Actual) MigratedAndCreated(Func<ITempStore> newStore)
    {
        using var migrated = newStore();
        using var created = newStore();
        using (var db = migrated.CreateContext())
        {
            db.Database.Migrate();
        }

        using (var db = created.CreateContext())
        {
            db.Database.EnsureCreated();
        }

        return (created.Schema(), migrated.Schema());
    }

    private static void AssertMigratingTwiceChangesNothing(ITempStore store)
    {
        using (store)
        {
            using (var db = store.CreateContext())
            {
                db.Database.Migrate();
            }

            var first = store.Schema();
            using (var db = store.CreateContext())
            {
                db.Database.Migrate();
                Assert.Empty(db.Database.GetPendingMigrations());
            }

            Assert.Equal(first, store.Schema());
        }
    }

    [Fact]
    public Task Rows_stored_before_versions_start_at_version_0_and_the_migration_can_be_undone() =>
        AssertExistingRowsGetValidValues(new TempDatabase());

    [PostgresFact]
    public Task On_postgres_rows_stored_before_versions_start_at_version_0_and_the_migration_can_be_undone() =>
        AssertExistingRowsGetValidValues(new TempPostgresDatabase());

    /// <summary>
    /// A store at the migration before 20261201000010_ConcurrencyAndIdempotency, with a resource, an event and
    /// a suggestion in it, migrated to it: the old rows get version 0 and no key, and a save raises the
    /// version. Then down and up again, which must give the same schema. Later migrations are left out, so
    /// their own Down steps are not tested here.
    /// </summary>
    private static async Task AssertExistingRowsGetValidValues(ITempStore store)
    {
        const string Before = "20261123000001_DataProtectionKeys";
        const string Migration = "20261201000010_ConcurrencyAndIdempotency";
        using (store)
        {
            await using (var db = store.CreateContext())
            {
                await db.GetService<IMigrator>().MigrateAsync(Before);
                var postgres = db.Database.IsNpgsql();
                var (emptyList, now, no) = postgres ? ("'{}'", "now()", "false") : ("'[]'", "'2026-11-30 12:00:00'", "0");
                await db.Database.OpenConnectionAsync();
                await using var insert = db.Database.GetDbConnection().CreateCommand();
                insert.CommandText = $$"""
                    INSERT INTO "Resources" ("Slug", "Name", "Description", "Kind", "Tags", "Region", "Languages", "SexWorkerLed", "CreatedAt", "UpdatedAt")
                    VALUES ('old-line', 'Old Line', 'From before versions.', 'Hotline', {{emptyList}}, 'National', {{emptyList}}, 'Unknown', {{now}}, {{now}});
                    INSERT INTO "Events" ("Slug", "Title", "Description", "Start", "TimeZone", "AllDay", "Yearly", "Participation", "Status", "CreatedAt", "UpdatedAt")
                    VALUES ('old-chat', 'Old Chat', '', {{now}}, 'UTC', {{no}}, {{no}}, 'OnlineChat', 'Scheduled', {{now}}, {{now}});
                    INSERT INTO "Suggestions" ("Kind", "Status", "Fields", "CreatedAt") VALUES ('Resource', 'Pending', '{}', {{now}}), ('Event', 'Pending', '{}', {{now}});
                    """;
                await insert.ExecuteNonQueryAsync();
            }

            await using (var db = store.CreateContext())
            {
                await db.GetService<IMigrator>().MigrateAsync(Migration);
                var resource = await db.Resources.SingleAsync();
                var ev = await db.Events.SingleAsync();
                Assert.Equal((0, 0), (resource.Version, ev.Version));
                Assert.All(await db.Suggestions.ToListAsync(), s => Assert.Null(s.IdempotencyKey));

                resource.Hours = "24/7";
                await db.SaveChangesAsync();
                Assert.Equal(1, resource.Version);
            }

            var migrated = store.Schema();
            await using (var db = store.CreateContext())
            {
                await db.GetService<IMigrator>().MigrateAsync(Before);
                Assert.DoesNotContain(store.Schema(), line => line.Contains("Version", StringComparison.Ordinal) || line.Contains("IdempotencyKey", StringComparison.Ordinal));
                await db.GetService<IMigrator>().MigrateAsync(Migration);
            }

            Assert.Equal(migrated, store.Schema());
        }
    }

    [Fact]
    public void Every_migration_is_written_for_both_providers_with_the_same_id()
    {
        var sqlite = ProviderMigrationsAssembly.For("Microsoft.EntityFrameworkCore.Sqlite");
        var postgres = ProviderMigrationsAssembly.For("Npgsql.EntityFrameworkCore.PostgreSQL");

        Assert.NotEmpty(sqlite);
        Assert.Equal(sqlite.Keys, postgres.Keys);
        Assert.All(sqlite.Values, type => Assert.Equal(ProviderMigrationsAssembly.SqliteNamespace, type.Namespace));
        Assert.All(postgres.Values, type => Assert.Equal(ProviderMigrationsAssembly.PostgresNamespace, type.Namespace));
    }
}
