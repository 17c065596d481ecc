namespace SexWorkResourceHub.Web.Data.Entities;

/// <summary>
/// One check of a resource's details by an editor: when, how, and what they found. Saving one sets
/// the resource's <see cref="Resource.LastVerified"/>, which the re-check cycle counts from.
/// </summary>
public sealed class Verification
{
    public int Id { get; set; }

    public int ResourceId { get; set; }

    /// <summary>Set when the check is saved with a new resource, whose id the store has not yet given.</summary>
    public Resource? Resource { get; set; }

    public DateOnly CheckedOn { get; set; }

    public VerificationMethod Method { get; set; }

    /// <summary>The checker's role ("Editor"), which may be published; never their name.</summary>
    public required string Role { get; set; }

    /// <summary>The editor's email, for the editors' area only: it never leaves it.</summary>
    public required string CheckedBy { get; set; }

    /// <summary>What the editor found; for editors only.</summary>
    public string? Note { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>How the details were checked.</summary>
public enum VerificationMethod
{
    Website,
    Phone,
    Email,
    InPerson,
}
