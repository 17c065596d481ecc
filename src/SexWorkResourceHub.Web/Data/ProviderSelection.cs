using Microsoft.EntityFrameworkCore;

namespace SexWorkResourceHub.Web.Data;

/// <summary>Makes the store's context for SQLite or PostgreSQL, with the record-version rule.</summary>
internal static class ProviderSelection
{
    /// <summary>A context of the provider's own type; <paramref name="configure"/> adds options, such as the site's interceptors.</summary>
    public static HubDbContext CreateContext(DatabaseProvider provider, string connectionString, Action<DbContextOptionsBuilder>? configure = null) =>
        provider == DatabaseProvider.Postgres
            ? new PostgresHubDbContext(Options(new DbContextOptionsBuilder<PostgresHubDbContext>().UseNpgsql(connectionString), configure))
            : new SqliteHubDbContext(Options(new DbContextOptionsBuilder<SqliteHubDbContext>().UseSqlite(connectionString), configure));

    public static HubDbContext CreateContext(DatabaseOptions options, Action<DbContextOptionsBuilder>? configure = null) =>
        CreateContext(options.Provider, options.ConnectionString, configure);

    private static DbContextOptions<TContext> Options<TContext>(DbContextOptionsBuilder<TContext> builder, Action<DbContextOptionsBuilder>? configure)
        where TContext : DbContext
    {
        builder.AddInterceptors(new RecordVersionInterceptor());
        configure?.Invoke(builder);
        return builder.Options;
    }
}
