using Microsoft.EntityFrameworkCore.Design;

namespace SexWorkResourceHub.Web.Data;

// For dotnet ef (migrations, the compiled model), which never opens these connections: each provider's
// context without starting the site. See docs/operators/migrations.md.
internal sealed class SqliteDesignTimeContext : IDesignTimeDbContextFactory<SqliteHubDbContext>
{
    public SqliteHubDbContext CreateDbContext(string[] args) =>
        (SqliteHubDbContext)ProviderSelection.CreateContext(DatabaseProvider.Sqlite, DatabaseOptions.DefaultConnectionString);
}

internal sealed class PostgresDesignTimeContext : IDesignTimeDbContextFactory<PostgresHubDbContext>
{
    public PostgresHubDbContext CreateDbContext(string[] args) =>
        (PostgresHubDbContext)ProviderSelection.CreateContext(DatabaseProvider.Postgres, "Host=localhost;Database=hub");
}
