using Microsoft.Net.Http.Headers;
using SexWorkResourceHub.Web.Content;

namespace SexWorkResourceHub.Web.Localization;

/// <summary>
/// The site language a browser prefers, read from Accept-Language and reduced to one of the site's
/// languages, so a page can offer its translation and the page cache keeps one copy per language rather
/// than one per header as sent. It never chooses the page's language: the address does.
/// </summary>
public static class PreferredLanguage
{
    /// <summary>
    /// The first of the site's languages in the browser's order of preference ("es" for "es-MX,es;q=0.9,en;q=0.5"),
    /// or null when that is the default language or none of the site's.
    /// </summary>
    public static string? Of(HttpRequest request)
    {
        if (!request.Headers.ContainsKey(HeaderNames.AcceptLanguage))
        {
            return null;
        }

        var ranked = request.GetTypedHeaders().AcceptLanguage
            .Where(l => l.Quality is not 0)
            .OrderByDescending(l => l.Quality ?? 1);
        foreach (var entry in ranked)
        {
            var tag = entry.Value.Value ?? string.Empty;
            var primary = tag.Split('-')[0].ToLowerInvariant();
            if (SiteLanguages.All.FirstOrDefault(l => l.Code == primary) is { } language)
            {
                return language.Code == SiteLanguages.Default ? null : language.Code;
            }
        }

        return null;
    }
}
