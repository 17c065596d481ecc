using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Web.Data;

/// <summary>
/// Tells the rest of the site when resources or events have changed in this process (the search index
/// and the page cache follow it). Raised once the change is committed.
/// </summary>
public sealed class StoreChanges
{
    public event Action? ResourcesOrEventsChanged;

    internal void Raise() => ResourcesOrEventsChanged?.Invoke();
}

/// <summary>
/// Notes saves that touch resources or events, and raises <see cref="StoreChanges"/> when they are
/// committed: after the save, or after the transaction (the audit trail saves inside one).
/// </summary>
internal sealed class StoreChangesInterceptor(StoreChanges changes) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        AnnounceOutsideTransaction(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        AnnounceOutsideTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Announce(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Announce(eventData.Context);
        return Task.CompletedTask;
    }

    private static void Note(DbContext? context)
    {
        // Seeding an empty store as the site starts is not announced. Nothing that shows records can
        // have been rendered before it (their connections wait for the store to be ready), and the
        // search index reads the store once it is ready; announcing it would only evict pages whose
        // cache key was taken by a request that was still waiting for the store.
        if (DatabaseInitializer.IsPreparing)
        {
            return;
        }

        if (context is HubDbContext hub && hub.ChangeTracker.Entries().Any(e => e.Entity is Resource or Event && e.State != EntityState.Unchanged))
        {
            hub.HasUnannouncedStoreChange = true;
        }
    }

    private void AnnounceOutsideTransaction(DbContext? context)
    {
        if (context?.Database.CurrentTransaction is null)
        {
            Announce(context);
        }
    }

    private void Announce(DbContext? context)
    {
        if (context is HubDbContext { HasUnannouncedStoreChange: true } hub)
        {
            hub.HasUnannouncedStoreChange = false;
            changes.Raise();
        }
    }
}
