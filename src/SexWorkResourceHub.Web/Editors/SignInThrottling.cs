using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Web.Editors;

/// <summary>
/// Slows down password guessing for one email from one network address, with longer waits each time:
/// <see cref="AttemptsBeforeWait"/> attempts, then a wait of 1 minute, then 2, 4 ... up to an hour. An
/// attempt is counted before its password is checked, by one conditional UPDATE, so requests racing in
/// parallel cannot get more checks than the limit between them. Keyed by email and address together, a
/// stranger's guessing never slows the real editor, who signs in from elsewhere; and unknown emails are
/// treated exactly like real ones.
/// </summary>
public sealed class SignInThrottling(HubDbContext db, TimeProvider time)
{
    public const int AttemptsBeforeWait = 5;

    public static readonly TimeSpan FirstWait = TimeSpan.FromMinutes(1);

    public static readonly TimeSpan LongestWait = TimeSpan.FromHours(1);

    /// <summary>A pair with no failure for this long starts again from nothing.</summary>
    public static readonly TimeSpan Forget = TimeSpan.FromDays(1);

    public static string KeyFor(string normalizedEmail, string client) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedEmail + "\n" + client)));

    /// <summary>The wait after the <paramref name="block"/>th block (1-based): 1, 2, 4 ... 60 minutes.</summary>
    public static TimeSpan WaitFor(int block) =>
        TimeSpan.FromTicks(Math.Min(LongestWait.Ticks, FirstWait.Ticks << Math.Min(Math.Max(block - 1, 0), 16)));

    /// <summary>
    /// Takes one attempt for <paramref name="key"/>: null when the password may be checked, or when the
    /// pair may try again.
    /// </summary>
    public async Task<DateTime?> TryTakeAttemptAsync(string key, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await EnsureRowAsync(key, now, cancellationToken);
        var taken = await db.SignInThrottles
            .Where(t => t.Key == key && (t.BlockedUntil == null || t.BlockedUntil <= now) && t.Failures < AttemptsBeforeWait)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.Failures, t => t.Failures + 1).SetProperty(t => t.LastFailureAt, now), cancellationToken);
        if (taken == 1)
        {
            return null;
        }

        // Every attempt is used up: start the wait now, unless a parallel request already has (then the
        // condition on Blocks fails). This also ends the state a crash between counting and blocking
        // would otherwise leave for ever.
        var row = await db.SignInThrottles.AsNoTracking().SingleAsync(t => t.Key == key, cancellationToken);
        if (row.BlockedUntil is { } until && until > now)
        {
            return until;
        }

        var wait = now + WaitFor(row.Blocks + 1);
        await db.SignInThrottles
            .Where(t => t.Key == key && t.Blocks == row.Blocks && t.Failures >= AttemptsBeforeWait)
            .ExecuteUpdateAsync(set => set.SetProperty(t => t.Blocks, row.Blocks + 1).SetProperty(t => t.Failures, 0).SetProperty(t => t.BlockedUntil, wait), cancellationToken);
        return await db.SignInThrottles.Where(t => t.Key == key).Select(t => t.BlockedUntil).SingleAsync(cancellationToken) is { } blocked && blocked > now
            ? blocked
            : wait;
    }

    /// <summary>A right password: the pair starts again from nothing.</summary>
    public Task ClearAsync(string key, CancellationToken cancellationToken) =>
        db.SignInThrottles.Where(t => t.Key == key).ExecuteDeleteAsync(cancellationToken);

    private async Task EnsureRowAsync(string key, DateTime now, CancellationToken cancellationToken)
    {
        if (await db.SignInThrottles.AnyAsync(t => t.Key == key, cancellationToken))
        {
            return;
        }

        // Pairs not seen for a day are dropped as new ones arrive: the table stays small without a job.
        await db.SignInThrottles.Where(t => t.LastFailureAt < now - Forget && (t.BlockedUntil == null || t.BlockedUntil < now))
            .ExecuteDeleteAsync(cancellationToken);
        db.SignInThrottles.Add(new SignInThrottle { Key = key, LastFailureAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A parallel attempt added the same pair first; its row is the one to count on.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
