using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Tests.Support;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Tests.Data;

/// <summary>Each provider's generated migrations: in step with the model, and safe for a store the previous release made.</summary>
public sealed partial class MigrationTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void The_model_has_no_change_that_a_migration_does_not_make(DatabaseProvider provider)
    {
        // Compares the model with the provider's snapshot; no connection is opened.
        using var db = OfflineContext.For(provider);
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changed since the last {provider} migration: add a migration for both providers (docs/operators/migrations.md).");
    }

    [Fact]
    public void Every_migration_is_there_for_both_providers()
    {
        using var sqlite = OfflineContext.For(DatabaseProvider.Sqlite);
        using var postgres = OfflineContext.For(DatabaseProvider.Postgres);
        Assert.NotEmpty(sqlite.Database.GetMigrations());
        // Each provider's migration gets its own timestamp when it is added; the names match.
        Assert.Equal(Names(sqlite), Names(postgres));

        static IEnumerable<string> Names(HubDbContext db) => db.Database.GetMigrations().Select(id => Timestamp().Replace(id, ""));
    }

    [Fact]
    public Task A_store_made_by_the_previous_release_migrates_and_keeps_its_records() =>
        AssertPreviousReleaseMigrates(() => new TempDatabase(), "sqlite");

    [PostgresFact]
    public Task On_postgres_a_store_made_by_the_previous_release_migrates_and_keeps_its_records() =>
        AssertPreviousReleaseMigrates(() => new TempPostgresDatabase(), "postgres");

    /// <summary>
    /// A store made by the release before generated migrations (its five hand-written migrations in the
    /// history, a record of each kind), migrated today: the migrations added since apply, nothing is left
    /// pending, the records are all there, and the schema is the one today's migrations make from nothing.
    /// </summary>
    private static async Task AssertPreviousReleaseMigrates(Func<ITempStore> newStore, string provider)
    {
        using var store = newStore();
        await using (var db = store.CreateContext())
        {
            await db.Database.OpenConnectionAsync();
            await using var script = db.Database.GetDbConnection().CreateCommand();
            script.CommandText = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Migrations", $"previous-release.{provider}.sql"));
            await script.ExecuteNonQueryAsync();
        }

        await using (var db = store.CreateContext())
        {
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Contains("20261122000001_InitialStore", await db.Database.GetAppliedMigrationsAsync());

            var resource = await db.Resources.SingleAsync(r => r.Slug == "night-line");
            Assert.Equal(("night-line", "Night Line", 0), (resource.Slug, resource.Name, resource.Version));
            Assert.Equal("health,safety", string.Join(',', resource.Tags));
            Assert.Equal(new DateOnly(2026, 11, 1), resource.LastVerified);
            // Added since: a resource from before is open, with no notice and no statement.
            Assert.Equal((ResourceStatus.Active, null, null), (resource.Status, resource.Alert, resource.Confidentiality));
            // Places kept as a scope and free text became places with fields; what could not be read stays
            // whole, as a city with no state, for an editor to give it one.
            var places = await db.Resources.ToDictionaryAsync(r => r.Slug, r => r.Areas);
            Assert.Equal([new ServiceArea { Country = "US" }], places["night-line"]);
            Assert.Equal([new ServiceArea { Country = "US", Region = "RI" }], places["state-group"]);
            Assert.Equal([new ServiceArea { Country = "US", Region = "NY", City = "New York City" }], places["city-clinic"]);
            Assert.Equal([new ServiceArea { Country = "US", Region = "OR", City = "Portland" }], places["spelled-out"]);
            Assert.Equal([new ServiceArea { Country = "US", City = "Las Vegas, NV, and Portland, OR" }], places["two-cities"]);
            Assert.Empty(places["world-network"]);
            Assert.Equal(RegionScope.International, (await db.Resources.SingleAsync(r => r.Slug == "world-network")).Scope);

            var ev = await db.Events.SingleAsync();
            Assert.Equal(("winter-chat", 2, true), (ev.Slug, ev.Version, ev.Yearly));
            Assert.Equal(new DateTime(2026, 12, 17, 18, 0, 0, DateTimeKind.Utc), ev.Start);
            var editor = await db.Editors.SingleAsync();
            Assert.Equal(("editor@example.org", 1), (editor.Email, editor.FailedSignIns));
            Assert.Equal(editor.Id, (await db.EditorSessions.SingleAsync()).EditorId);
            var suggestion = await db.Suggestions.SingleAsync();
            Assert.Equal(("Drop-in Clinic", "0123456789abcdef0123456789abcdef"), (suggestion.Field("name"), suggestion.IdempotencyKey));
            var audit = await db.AuditEntries.SingleAsync();
            Assert.Equal(("Winter Chat", 2), (audit.Changes.Single().After, audit.RecordVersion));
            Assert.Equal(1, await db.SignInThrottles.CountAsync());
            Assert.Equal(1, await db.DataProtectionKeys.CountAsync());

            // Rows stored before carry on from their version: a save raises it.
            resource.Hours = "24/7";
            await db.SaveChangesAsync();
            Assert.Equal(1, resource.Version);
        }

        using var fresh = newStore();
        await using (var db = fresh.CreateContext())
        {
            await db.Database.MigrateAsync();
        }

        Assert.Equal(fresh.Schema(), store.Schema());
    }

    [GeneratedRegex("^[0-9]{14}_")]
    private static partial Regex Timestamp();
}
