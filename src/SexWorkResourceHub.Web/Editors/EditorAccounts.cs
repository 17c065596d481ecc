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
    Locked,
}

/// <summary>A sign-in attempt's outcome, with the editor when it succeeded and the time a lock ends.</summary>
public sealed record SignInResult(SignInOutcome Outcome, Editor? Editor = null, DateTime? LockedUntil = null);

/// <summary>
/// Editor accounts: creating them, checking passwords with a lock after repeated failures, resetting
/// and disabling. Passwords are hashed with the framework's PasswordHasher (PBKDF2).
/// </summary>
public sealed class EditorAccounts(HubDbContext db, IPasswordHasher<Editor> hasher, EditorSessionStore sessions, TimeProvider time)
{
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

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

    public async Task<SignInResult> SignInAsync(string email, string password, CancellationToken cancellationToken = default)
    {
        var normalized = NormalizeEmail(email);
        var editor = normalized is null ? null : await db.Editors.SingleOrDefaultAsync(e => e.Email == normalized, cancellationToken);
        if (editor is null || editor.IsDisabled)
        {
            hasher.VerifyHashedPassword(null!, UnknownAccountHash, password);
            return new SignInResult(SignInOutcome.Invalid);
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (editor.LockedUntil is { } until && until > now)
        {
            return new SignInResult(SignInOutcome.Locked, LockedUntil: until);
        }

        var verdict = hasher.VerifyHashedPassword(editor, editor.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            editor.FailedSignIns++;
            if (editor.FailedSignIns >= MaxFailedSignIns)
            {
                editor.FailedSignIns = 0;
                editor.LockedUntil = now + LockoutDuration;
                await db.SaveChangesAsync(cancellationToken);
                return new SignInResult(SignInOutcome.Locked, LockedUntil: editor.LockedUntil);
            }

            await db.SaveChangesAsync(cancellationToken);
            return new SignInResult(SignInOutcome.Invalid);
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            editor.PasswordHash = hasher.HashPassword(editor, password);
        }

        editor.FailedSignIns = 0;
        editor.LockedUntil = null;
        editor.LastSignInAt = now;
        await db.SaveChangesAsync(cancellationToken);
        return new SignInResult(SignInOutcome.Success, editor);
    }

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
        editor.FailedSignIns = 0;
        editor.LockedUntil = null;
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
