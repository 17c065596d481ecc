using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Web.Data;

/// <summary>
/// Raises <see cref="IEditableRecord.Version"/> by one on every save that changes a resource or an event.
/// EF Core puts the version it read into the UPDATE's WHERE clause, so a save based on an older read
/// changes no row and throws <see cref="DbUpdateConcurrencyException"/> instead of overwriting.
/// </summary>
/// <remarks>
/// Added by <see cref="ProviderSelection.CreateContext(DatabaseProvider, string, Action{DbContextOptionsBuilder})"/>
/// rather than only by the site's registration, so the command line and every other context keep the
/// rule too.
/// </remarks>
internal sealed class RecordVersionInterceptor : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Raise(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Raise(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private static void Raise(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        foreach (var entry in context.ChangeTracker.Entries<IEditableRecord>().Where(e => e.State == EntityState.Modified))
        {
            var version = entry.Property(r => r.Version);
            version.CurrentValue = version.OriginalValue + 1;
        }
    }
}
