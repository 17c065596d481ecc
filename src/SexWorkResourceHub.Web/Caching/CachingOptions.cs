namespace SexWorkResourceHub.Web.Caching;

/// <summary>How long rendered pages are kept in memory, and whether they are kept at all.</summary>
public sealed class CachingOptions
{
    public const string Section = "Caching";

    /// <summary>Keep rendered reading pages in memory (on by default; off only to measure rendering).</summary>
    public bool OutputCache { get; set; } = true;

    /// <summary>
    /// The longest a rendered page is served from memory. Changes to content and records evict pages at
    /// once; this bounds what depends on the clock alone (an event passing, an article's date arriving,
    /// a resource falling overdue for a check).
    /// </summary>
    public int PageSeconds { get; set; } = 60;
}
