using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SexWorkResourceHub.Web.Data;

/// <summary>
/// Holds every database connection until <see cref="DatabaseInitializer"/> has migrated and seeded the
/// store, so a request that arrives during start-up waits a moment instead of reading an old schema.
/// Pages that never open a connection (articles, the home page's content) are not held at all.
/// </summary>
internal sealed class DatabaseReadyInterceptor(DatabaseInitializer initializer) : DbConnectionInterceptor
{
    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        if (MustWait)
        {
            initializer.Ready.GetAwaiter().GetResult();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult> ConnectionOpeningAsync(
        DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (MustWait)
        {
            await initializer.Ready.WaitAsync(cancellationToken);
        }

        return result;
    }

    private bool MustWait => !initializer.Ready.IsCompletedSuccessfully && !DatabaseInitializer.IsPreparing;
}
