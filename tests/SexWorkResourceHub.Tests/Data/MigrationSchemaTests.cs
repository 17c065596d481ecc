using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Tests.Infrastructure;
using SexWorkResourceHub.Web.Data;

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
