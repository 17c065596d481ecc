using System.Collections;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Web.Data;

/// <summary>
/// Saves editors' changes together with an audit entry for each: who, when, and every field's value
/// before and after. The change and its audit entries commit in one transaction.
/// </summary>
public static class AuditTrail
{
    public const string CommandLine = "command line";

    private static readonly HashSet<string> Unrecorded = new(StringComparer.Ordinal)
    {
        nameof(ITracked.CreatedAt), nameof(ITracked.UpdatedAt), nameof(Editor.PasswordHash), nameof(Editor.LastSignInAt),
        nameof(IEditableRecord.Version),
    };

    public static async Task SaveChangesWithAuditAsync(this HubDbContext db, string changedBy, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var pending = db.ChangeTracker.Entries()
            .Where(e => e.Entity is Resource or Event or Suggestion or Editor or Verification && e.State is EntityState.Added or EntityState.Modified)
            .Select(e => (Entry: e, Action: ActionOf(e), Changes: ChangesOf(e)))
            .Where(p => p.Changes.Count > 0 || p.Entry.State == EntityState.Added)
            .ToList();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var (entry, action, changes) in pending)
        {
            db.AuditEntries.Add(new AuditEntry
            {
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = (int)entry.Property("Id").CurrentValue!,
                Action = action,
                ChangedBy = changedBy,
                ChangedAt = now,
                Changes = changes,
                // Read after the save, which raised it (RecordVersionInterceptor).
                RecordVersion = entry.Entity is IEditableRecord record ? record.Version : null,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The audit entries of one record, newest first.</summary>
    public static Task<List<AuditEntry>> HistoryAsync(this HubDbContext db, string entityType, int id, CancellationToken cancellationToken = default) =>
        db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == entityType && a.EntityId == id)
            .OrderByDescending(a => a.Id)
            .ToListAsync(cancellationToken);

    private static string ActionOf(EntityEntry entry)
    {
        if (entry.State == EntityState.Added)
        {
            return "Created";
        }

        if (entry.Entity is ISoftDeletable && entry.Property(nameof(ISoftDeletable.DeletedAt)) is { IsModified: true } deleted)
        {
            return deleted.CurrentValue is null ? "Restored" : "Deleted";
        }

        if (entry.Entity is Suggestion suggestion && entry.Property(nameof(Suggestion.Status)).IsModified)
        {
            return suggestion.Status.ToString();
        }

        if (entry.Entity is Editor && entry.Property(nameof(Editor.PasswordHash)).IsModified)
        {
            return "Password reset";
        }

        return "Updated";
    }

    private static List<AuditChange> ChangesOf(EntityEntry entry)
    {
        var changes = new List<AuditChange>();
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            if (name == "Id" || Unrecorded.Contains(name))
            {
                continue;
            }

            var after = Format(property.CurrentValue);
            if (entry.State == EntityState.Added)
            {
                if (after is not null)
                {
                    changes.Add(new AuditChange(name, null, after));
                }

                continue;
            }

            var before = Format(property.OriginalValue);
            if (property.IsModified && before != after)
            {
                changes.Add(new AuditChange(name, before, after));
            }
        }

        return changes;
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        string text => text.Length == 0 ? null : text,
        DateTime moment => moment.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "yes" : "no",
        IDictionary dictionary => string.Join("; ", dictionary.Keys.Cast<object>().Select(k => $"{k}: {dictionary[k]}")),
        IEnumerable list => string.Join(", ", list.Cast<object>()),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
