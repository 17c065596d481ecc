using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Tests.Infrastructure;
using SexWorkResourceHub.Web.Data;

namespace SexWorkResourceHub.Tests.Data;

public sealed class MigrationSchemaTests
{
    [Fact]
    public void Migrated_database_has_exactly_the_schema_the_model_describes()
    {
        using var migrated = new TempDatabase();
        using var created = new TempDatabase();
        using (var db = migrated.CreateContext())
        {
            db.Database.Migrate();
        }

        using (var db = created.CreateContext())
        {
            db.Database.EnsureCreated();
        }

        var expected = created.Schema();
        var actual = migrated.Schema();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Migrating_twice_changes_nothing()
    {
        using var database = new TempDatabase();
        using (var db = database.CreateContext())
        {
            db.Database.Migrate();
        }

        var first = database.Schema();
        using (var db = database.CreateContext())
        {
            db.Database.Migrate();
            Assert.Empty(db.Database.GetPendingMigrations());
        }

        Assert.Equal(first, database.Schema());
    }

    [PostgresFact]
    public void On_postgres_the_migrated_database_has_exactly_the_schema_the_model_describes()
    {
        using var migrated = new TempPostgresDatabase();
        using var created = new TempPostgresDatabase();
        using (var db = migrated.CreateContext())
        {
            db.Database.Migrate();
        }

        using (var db = created.CreateContext())
        {
            db.Database.EnsureCreated();
        }

        var expected = created.Schema();
        var actual = migrated.Schema();
        Assert.Contains(expected, line => line.StartsWith("column Resources.Tags ARRAY _text", StringComparison.Ordinal));
        Assert.Contains(expected, line => line.StartsWith("column Events.Start timestamp with time zone", StringComparison.Ordinal));
        Assert.Equal(expected, actual);
    }

    [PostgresFact]
    public void On_postgres_migrating_twice_changes_nothing()
    {
        using var database = new TempPostgresDatabase();
        using (var db = database.CreateContext())
        {
            db.Database.Migrate();
        }

        var first = database.Schema();
        using (var db = database.CreateContext())
        {
            db.Database.Migrate();
            Assert.Empty(db.Database.GetPendingMigrations());
        }

        Assert.Equal(first, database.Schema());
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
