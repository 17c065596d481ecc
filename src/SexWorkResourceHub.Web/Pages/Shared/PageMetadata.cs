namespace SexWorkResourceHub.Web.Pages.Shared;

/// <summary>What the layout puts in a page's head: title, description, canonical address, previews and structured data.</summary>
public sealed record PageMetadata(string Title, string Description, string Path)
{
    public const string DefaultImage = "/img/og-default.png";

    public static PageMetadata Default { get; } = new(
        "Sex work, trafficking and FOSTA-SESTA, explained",
        "Plain-language explainers on the difference between consensual adult sex work and sex trafficking, with support services and events.",
        "/");

    /// <summary>OpenGraph type: "website", or "article" for explainers.</summary>
    public string OpenGraphType { get; init; } = "website";

    /// <summary>
    /// A shared link's preview names neither the page nor its topic: a neutral title and description and
    /// no preview image, so a chat preview seen over someone's shoulder gives nothing away. The page
    /// itself, its address and the browser's history are not hidden by this.
    /// </summary>
    public bool NeutralPreview { get; init; }

    public const string NeutralTitle = "A shared link";

    public const string NeutralDescription = "Open the link to read it.";

    /// <summary>Keeps a page out of search engines (errors, drafts, editors' pages).</summary>
    public bool NoIndex { get; init; }

    /// <summary>Preview image, a path on this site.</summary>
    public string Image { get; init; } = DefaultImage;

    /// <summary>The preview image's size in pixels, so a preview can be laid out before it loads.</summary>
    public int ImageWidth { get; init; } = 1200;

    public int ImageHeight { get; init; } = 630;

    /// <summary>A calendar a reader can subscribe to or add from this page, offered as an alternate.</summary>
    public CalendarLink? Calendar { get; init; }

    /// <summary>For articles: first publication and last review, in the article:* OpenGraph tags.</summary>
    public DateOnly? Published { get; init; }

    public DateOnly? Modified { get; init; }

    /// <summary>Schema.org JSON-LD for the page, already serialized safely for a script element.</summary>
    public string? StructuredData { get; init; }

    /// <summary>
    /// The page in each language it exists in, by language code, the default language included: the
    /// hreflang alternates (with x-default, the default language's) and the language switcher's link.
    /// Empty for a page in one language only.
    /// </summary>
    public IReadOnlyDictionary<string, string> Languages { get; init; } = new Dictionary<string, string>();
}

/// <summary>A calendar file for a page: its path on this site and a title for feed readers.</summary>
public sealed record CalendarLink(string Path, string Title);
