using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Web.Editors;

/// <summary>
/// Server-side editor sessions. Signing in starts a new one; signing out, a password reset or disabling
/// the account ends it, and the cookie that names it stops working on every instance.
/// </summary>
public sealed class EditorSessionStore(HubDbContext db, TimeProvider time)
{
    /// <summary>How often a session's last-seen time is written (not on every request).</summary>
    private static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(5);

    public async Task<string> StartAsync(int editorId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var session = new EditorSession
        {
            Id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_'),
            EditorId = editorId,
            CreatedAt = now,
            LastSeenAt = now,
        };
        db.EditorSessions.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return session.Id;
    }

    /// <summary>True while the session is open and its editor enabled; notes that it was seen.</summary>
    /// <summary>The editor of a live session, with their chosen time zone; null when the session ended or the account is disabled.</summary>
    public async Task<SessionEditor?> ActiveAsync(string sessionId, int editorId, CancellationToken cancellationToken = default)
    {
        var session = await db.EditorSessions.SingleOrDefaultAsync(s => s.Id == sessionId && s.EditorId == editorId, cancellationToken);
        if (session is null || session.EndedAt is not null)
        {
            return null;
        }

        var editor = await db.Editors.Where(e => e.Id == editorId && !e.IsDisabled)
            .Select(e => new SessionEditor(e.TimeZone)).SingleOrDefaultAsync(cancellationToken);
        if (editor is null)
        {
            return null;
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (now - session.LastSeenAt > TouchInterval)
        {
            session.LastSeenAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        return editor;
    }

    public async Task EndAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await db.EditorSessions.Where(s => s.Id == sessionId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), cancellationToken);
    }

    public async Task EndAllAsync(int editorId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await db.EditorSessions.Where(s => s.EditorId == editorId && s.EndedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.EndedAt, now), cancellationToken);
    }
}

/// <summary>What each request of a signed-in editor needs to know of them beyond the cookie.</summary>
public sealed record SessionEditor(string? TimeZone);
