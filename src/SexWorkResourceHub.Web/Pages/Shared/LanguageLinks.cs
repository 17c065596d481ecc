using SexWorkResourceHub.Web.Content;

namespace SexWorkResourceHub.Web.Pages.Shared;

/// <summary>
/// Where a link on a page in one language goes: to the same place in that language where it exists (an
/// article or page with a translation), otherwise to the default language's page.
/// </summary>
public static class LanguageLinks
{
    /// <summary>Section pages served in every language (Localization.TranslatedPageRoutes).</summary>
    public static readonly IReadOnlySet<string> TranslatedSections = new HashSet<string>(StringComparer.Ordinal)
    {
        "/", "/articles", "/resources", "/events", "/search", "/suggest/resource", "/suggest/event", "/suggest/thanks",
    };

    public static string For(CatalogSnapshot snapshot, string language, string englishPath)
    {
        if (language == SiteLanguages.Default)
        {
            return englishPath;
        }

        if (TranslatedSections.Contains(englishPath) || englishPath.StartsWith("/events/", StringComparison.Ordinal))
        {
            return SiteLanguages.InLanguage(englishPath, language);
        }

        ContentItem? original = englishPath.StartsWith("/articles/", StringComparison.Ordinal)
            ? snapshot.Articles.GetValueOrDefault(englishPath["/articles/".Length..])
            : englishPath.LastIndexOf('/') == 0 && englishPath.Length > 1 ? snapshot.Pages.GetValueOrDefault(englishPath[1..]) : null;
        return original is not null && snapshot.TranslationOf(original, language) is { } translation ? translation.UrlPath : englishPath;
    }
}
