namespace SexWorkResourceHub.Web.Data.Entities;

/// <summary>A person who may sign in to the editors' area. Created with `-- editors add`; there is no default account.</summary>
public sealed class Editor : ITracked
{
    public int Id { get; set; }

    /// <summary>Lowercase; the sign-in name.</summary>
    public required string Email { get; set; }

    /// <summary>PBKDF2 hash from the framework's PasswordHasher.</summary>
    public required string PasswordHash { get; set; }

    /// <summary>What this editor does ("Editor", "Volunteer checker"): the only thing about them public data may name.</summary>
    public string Role { get; set; } = DefaultRole;

    public const string DefaultRole = "Editor";

    public bool IsDisabled { get; set; }

    /// <summary>The IANA zone this editor reads times in (history, suggestions); null until they choose one, when times read in UTC.</summary>
    public string? TimeZone { get; set; }

    /// <summary>
    /// Failed attempts to sign in to this account that its editor has not yet been shown (the dashboard
    /// shows them until dismissed). Throttling is kept apart, in <see cref="SignInThrottle"/>.
    /// </summary>
    public int FailedSignIns { get; set; }

    public DateTime? LastSignInAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>When the latest of <see cref="FailedSignIns"/> happened.</summary>
    public DateTime? LastFailedSignInAt { get; set; }
}

/// <summary>
/// One signed-in session. The cookie names the session; signing out ends it here, so a copied cookie
/// stops working too. Kept in the store so every instance of the site agrees.
/// </summary>
public sealed class EditorSession
{
    public required string Id { get; set; }

    public int EditorId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime LastSeenAt { get; set; }

    public DateTime? EndedAt { get; set; }
}
