using Microsoft.EntityFrameworkCore;

namespace SexWorkResourceHub.Web.Data;

/// <summary>The store on SQLite; its migrations and snapshot are in Data/Migrations/Sqlite.</summary>
public sealed class SqliteHubDbContext(DbContextOptions<SqliteHubDbContext> options) : HubDbContext(options);

/// <summary>The store on PostgreSQL; its migrations and snapshot are in Data/Migrations/Postgres.</summary>
public sealed class PostgresHubDbContext(DbContextOptions<PostgresHubDbContext> options) : HubDbContext(options);
