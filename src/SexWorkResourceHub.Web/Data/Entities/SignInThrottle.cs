namespace SexWorkResourceHub.Web.Data.Entities;

/// <summary>
/// Failed sign-ins for one email address from one network address, so that repeated guessing is slowed
/// down for that pair alone: a stranger elsewhere cannot lock a real editor out. The key is a one-way
/// hash of both; neither the email nor the address is stored. The same row exists whether or not an
/// account has that email, so the answers never tell which accounts exist.
/// </summary>
public sealed class SignInThrottle
{
    /// <summary>SHA-256 of the normalised email and the client address, in lowercase hex.</summary>
    public required string Key { get; set; }

    /// <summary>Attempts counted since the last block ended (each is counted before its password check).</summary>
    public int Failures { get; set; }

    /// <summary>How many times this pair has been blocked: each block lasts longer than the one before.</summary>
    public int Blocks { get; set; }

    public DateTime? BlockedUntil { get; set; }

    public DateTime LastFailureAt { get; set; }
}
