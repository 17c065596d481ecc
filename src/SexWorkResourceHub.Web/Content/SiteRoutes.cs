using System.Collections.Frozen;

namespace SexWorkResourceHub.Web.Content;

/// <summary>
/// Addresses the application serves itself, so content links to them count as valid and pages
/// cannot take their names.
/// </summary>
public static class SiteRoutes
{
    /// <summary>First path segments owned by the application (a page called "resources" would be hidden).</summary>
    public static readonly FrozenSet<string> ReservedSegments = new[]
    {
        "articles", "resources", "events", "events.ics", "search", "suggest", "editor", "error",
        "feed.xml", "sitemap.xml", "robots.txt", "healthz", "readyz", "css", "js", "img", "favicon.ico",
    }.Concat(SiteLanguages.Translations.Select(l => l.Code)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Exact paths of application pages that content may link to.</summary>
    public static readonly FrozenSet<string> KnownPaths = new[]
    {
        "/", "/articles", "/resources", "/events", "/events.ics", "/search", "/suggest/resource", "/suggest/event",
        "/feed.xml", "/sitemap.xml",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Path prefixes whose targets live in the database and cannot be checked from content.</summary>
    public static readonly string[] UncheckedPrefixes = ["/events/", "/img/", "/css/", "/js/"];
}
