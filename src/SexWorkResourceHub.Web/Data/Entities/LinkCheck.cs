namespace SexWorkResourceHub.Web.Data.Entities;

/// <summary>
/// What the last `check-links` run found at one outside address: one row per address, replaced on
/// every run. It holds nothing about readers.
/// </summary>
public sealed class LinkCheck
{
    public int Id { get; set; }

    public required string Url { get; set; }

    public LinkOutcome Outcome { get; set; }

    /// <summary>The HTTP status of the last answer, or null when none came (timeout, refused, reset).</summary>
    public int? StatusCode { get; set; }

    /// <summary>Where a redirect pointed, for <see cref="LinkOutcome.Redirected"/>.</summary>
    public string? RedirectTo { get; set; }

    /// <summary>What went wrong, in plain words, when no answer came.</summary>
    public string? Error { get; set; }

    public int ElapsedMilliseconds { get; set; }

    public DateTime CheckedAt { get; set; }

    /// <summary>Where the site links to it: "resource:slug", "article:slug" or "page:slug".</summary>
    public List<string> FoundIn { get; set; } = [];
}

public enum LinkOutcome
{
    Ok,
    Redirected,
    Broken,
    Unreachable,
}
