using Microsoft.AspNetCore.Identity;
using SexWorkResourceHub.Web.Data.Entities;

namespace SexWorkResourceHub.Tests.Support;

/// <summary>The framework's real password hasher, counting how many passwords it checks.</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<Editor>
{
    private readonly PasswordHasher<Editor> _inner = new();
    private int _checks;

    public int Checks => Volatile.Read(ref _checks);

    public string HashPassword(Editor user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(Editor user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _checks);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
