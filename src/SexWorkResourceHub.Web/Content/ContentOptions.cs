namespace SexWorkResourceHub.Web.Content;

/// <summary>Where the site's Markdown content lives and how changes to it are picked up.</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>
    /// Folder holding articles/, pages/ and data/. A relative path is taken from the content root.
    /// When empty, the first content/ folder found from the content root upward is used, which is the
    /// repository's content/ when the site runs from source.
    /// </summary>
    public string? Path { get; set; }

    public const long DefaultMaxFileBytes = 1024 * 1024;

    /// <summary>How long the file watcher waits after the last change before rebuilding the catalog.</summary>
    public int DebounceMilliseconds { get; set; } = 150;

    /// <summary>
    /// The largest content file the site reads (articles, pages, the tag list), 1 MB unless set. The
    /// longest bundled article is about 20 KB; a larger file is refused and listed as a problem.
    /// </summary>
    public long MaxFileBytes { get; set; } = DefaultMaxFileBytes;
}
