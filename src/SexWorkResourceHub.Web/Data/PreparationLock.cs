using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace SexWorkResourceHub.Web.Data;

/// <summary>
/// Several instances of the site may start at once against one PostgreSQL database, and a command may
/// run while the site starts. Each migrates and then seeds a store it finds empty; side by side, two of
/// them create the same tables or insert the same slugs, and one fails and stops. (EF Core's own
/// migration lock on PostgreSQL is held per migration's transaction and did not keep two apart here.)
/// A PostgreSQL advisory lock, held on this context's connection, makes them take turns: the second
/// finds the store migrated and seeded and leaves it be. On SQLite the lock is nothing: EF Core's own
/// lock serializes migrating, and seeding runs in a transaction that holds the file's write lock.
/// </summary>
internal sealed class PreparationLock : IAsyncDisposable
{
    /// <summary>Any number the site's database uses for nothing else ("SWRHSEED" in ASCII).</summary>
    internal const long Key = 0x5357_5248_5345_4544;

    private readonly HubDbContext? _db;

    private PreparationLock(HubDbContext? db) => _db = db;

    public static async Task<PreparationLock> TakeAsync(HubDbContext db, DatabaseProvider provider, CancellationToken cancellationToken)
    {
        if (provider != DatabaseProvider.Postgres)
        {
            return new PreparationLock(null);
        }

        await CreateDatabaseIfMissingAsync(db, cancellationToken);

        // An advisory lock belongs to a session: the connection stays open until the lock is let go
        // (and PostgreSQL lets go of it by itself if the connection drops).
        await db.Database.OpenConnectionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({Key})", cancellationToken);
        return new PreparationLock(db);
    }

    public async ValueTask DisposeAsync()
    {
        if (_db is null)
        {
            return;
        }

        try
        {
            await _db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({Key})");
        }
        catch (DbException)
        {
            // The connection broke (and with it the lock, which ends with its session); what broke it
            // is the error worth reporting, so this one does not replace it.
        }

        await _db.Database.CloseConnectionAsync();
    }

    /// <summary>
    /// Migrating would create a missing database too, but the lock needs a connection to it first. An
    /// operator usually creates it; a role allowed to (CREATEDB) lets the site do it on first start.
    /// </summary>
    private static async Task CreateDatabaseIfMissingAsync(HubDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another instance created it a moment ago.
        }
    }
}
