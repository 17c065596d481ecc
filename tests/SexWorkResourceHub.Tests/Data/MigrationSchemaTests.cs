using Microsoft.EntityFrameworkCore;

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
}
