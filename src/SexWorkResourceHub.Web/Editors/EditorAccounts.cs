using System.Net.Mail;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Web.Editors;

/// <summary>The outcome of a sign-in attempt.</summary>
public enum SignInOutcome
{
    Success,
    Invalid,

    /// <summary>Too many attempts for this email from this address: wait, whether or not the account exists.</summary>
    Throttled,
}

/// <summary>A sign-in attempt's outcome, with the editor when it succeeded and, when throttled, when to try again.</summary>
public sealed record SignInResult(SignInOutcome Outcome, Editor? Editor = null, DateTime? TryAgainAt = null);

/// <summary>
/// Editor accounts: creating them, checking passwords (throttled by <see cref="SignInThrottling"/>),
/// resetting and disabling. Passwords are hashed with the framework's PasswordHasher (PBKDF2).
/// </summary>
public sealed class EditorAccounts(
    HubDbContext db, IPasswordHasher<Editor> hasher, EditorSessionStore sessions, SignInThrottling throttling, TimeProvider time)
{
    /// <summary>A hash of nothing in particular, checked when the email is unknown so both cases take the same time.</summary>
    private static readonly string UnknownAccountHash = new PasswordHasher<Editor>().HashPassword(null!, Guid.NewGuid().ToString());

    /// <summary>The email in the form accounts are kept under, or null when it is not an email address.</summary>
    public static string? NormalizeEmail(string? email)
    {
        email = email?.Trim().ToLowerInvariant();
        return email is { Length: > 3 and <= FieldLimits.Email }
            && MailAddress.TryCreate(email, out var address)
            && address.Address == email
            && email.Contains('.', StringComparison.Ordinal)
            ? email
            : null;
    }

    /// <summary>Creates an account; returns a message for the person when it cannot.</summary>
    public async Task<string?> CreateAsync(string email, string password, string changedBy, CancellationToken cancellationToken = default)
    {
        if (NormalizeEmail(email) is not { } normalized)
        {
            return $"'{email}' is not an email address.";
        }

        if (PasswordPolicy.Problem(password, normalized) is { } problem)
        {
            return problem;
        }

        if (await db.Editors.AnyAsync(e => e.Email == normalized, cancellationToken))
        {
            return $"An editor with the email {normalized} already exists.";
        }

        var editor = new Editor { Email = normalized, PasswordHash = string.Empty };
        editor.PasswordHash = hasher.HashPassword(editor, password);
        db.Editors.Add(editor);
        await db.SaveChangesWithAuditAsync(changedBy, time, cancellationToken);
        return null;
    }

    /// <summary>
    /// Checks a password. <paramref name="client"/> is the network address the attempt comes from: with
    /// the email it keys the throttle. Known, unknown and disabled accounts get the same answers.
    /// </summary>
    public async Task<SignInResult> SignInAsync(string email, string password, string client, CancellationToken cancellationToken = default)
    {
        var normalized = NormalizeEmail(email) ?? email.Trim().ToLowerInvariant();
        var key = SignInThrottling.KeyFor(normalized, client);
        if (await throttling.TryTakeAttemptAsync(key, cancellationToken) is { } tryAgainAt)
        {
            return new SignInResult(SignInOutcome.Throttled, TryAgainAt: tryAgainAt);
        }

        var editor = await db.Editors.SingleOrDefaultAsync(e => e.Email == normalized, cancellationToken);
        if (editor is null || editor.IsDisabled)
        {
            hasher.VerifyHashedPassword(null!, UnknownAccountHash, password);
            return new SignInResult(SignInOutcome.Invalid);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var verdict = hasher.VerifyHashedPassword(editor, editor.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            // One statement, so parallel failures all count; the editor sees the count on the dashboard.
            await db.Editors.Where(e => e.Id == editor.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(e => e.FailedSignIns, e => e.FailedSignIns + 1).SetProperty(e => e.LastFailedSignInAt, now), cancellationToken);
            return new SignInResult(SignInOutcome.Invalid);
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            editor.PasswordHash = hasher.HashPassword(editor, password);
        }

        editor.LastSignInAt = now;
        await db.SaveChangesAsync(cancellationToken);
        await throttling.ClearAsync(key, cancellationToken);
        return new SignInResult(SignInOutcome.Success, editor);
    }

    /// <summary>The editor has seen the notice of failed sign-ins on the dashboard.</summary>
    public Task DismissFailedSignInsAsync(int editorId, CancellationToken cancellationToken = default) =>
        db.Editors.Where(e => e.Id == editorId)
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.FailedSignIns, 0).SetProperty(e => e.LastFailedSignInAt, (DateTime?)null), cancellationToken);

    public async Task<string?> ResetPasswordAsync(string email, string password, string changedBy, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(email, cancellationToken) is not { } editor)
        {
            return $"There is no editor with the email {email}.";
        }

        if (PasswordPolicy.Problem(password, editor.Email) is { } problem)
        {
            return problem;
        }

        editor.PasswordHash = hasher.HashPassword(editor, password);
        await db.SaveChangesWithAuditAsync(changedBy, time, cancellationToken);
        await sessions.EndAllAsync(editor.Id, cancellationToken);
        return null;
    }

    public async Task<string?> SetDisabledAsync(string email, bool disabled, string changedBy, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(email, cancellationToken) is not { } editor)
        {
            return $"There is no editor with the email {email}.";
        }

        editor.IsDisabled = disabled;
        await db.SaveChangesWithAuditAsync(changedBy, time, cancellationToken);
        if (disabled)
        {
            await sessions.EndAllAsync(editor.Id, cancellationToken);
        }

        return null;
    }

    /// <summary>
    /// Sets what the editor does ("Volunteer checker"): the only thing about an editor that public data
    /// names, with each check they record. It describes a job, never the person.
    /// </summary>
    public async Task<string?> SetRoleAsync(string email, string role, string changedBy, CancellationToken cancellationToken = default)
    {
        role = role.Trim();
        if (role.Length is 0 or > FieldLimits.Role || role.Contains('@', StringComparison.Ordinal))
        {
            return $"Give a role of 1 to {FieldLimits.Role} characters that describes the job, not the person (for example \"Volunteer checker\"), and no email address.";
        }

        if (await FindAsync(email, cancellationToken) is not { } editor)
        {
            return $"There is no editor with the email {email}.";
        }

        editor.Role = role;
        await db.SaveChangesWithAuditAsync(changedBy, time, cancellationToken);
        return null;
    }

    public Task<List<Editor>> ListAsync(CancellationToken cancellationToken = default) =>
        db.Editors.AsNoTracking().OrderBy(e => e.Email).ToListAsync(cancellationToken);

    private Task<Editor?> FindAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = NormalizeEmail(email);
        return normalized is null
            ? Task.FromResult<Editor?>(null)
            : db.Editors.SingleOrDefaultAsync(e => e.Email == normalized, cancellationToken);
    }
}
