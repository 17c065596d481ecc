using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SexWorkResourceHub.Web.Data;

/// <summary>Points a <see cref="HubDbContext"/> at SQLite or PostgreSQL, with that provider's migrations and the record-version rule.</summary>
internal static class ProviderSelection
{
    public static TBuilder UseHubDatabase<TBuilder>(this TBuilder builder, DatabaseProvider provider, string connectionString)
        where TBuilder : DbContextOptionsBuilder
    {
        _ = provider == DatabaseProvider.Postgres
            ? builder.UseNpgsql(connectionString)
            : builder.UseSqlite(connectionString);
        builder.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
        builder.AddInterceptors(new RecordVersionInterceptor());
        return builder;
    }

    public static TBuilder UseHubDatabase<TBuilder>(this TBuilder builder, DatabaseOptions options)
        where TBuilder : DbContextOptionsBuilder =>
        builder.UseHubDatabase(options.Provider, options.ConnectionString);
}
