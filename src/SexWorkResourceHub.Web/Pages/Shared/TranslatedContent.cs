using SexWorkResourceHub.Web.Content;

namespace SexWorkResourceHub.Web.Pages.Shared;

/// <summary>
/// Which version of an article or page a reader at an address gets: the translation in the address's
/// language, or the original with a notice that it is not translated yet, and where the same page is in
/// the other languages.
/// </summary>
/// <param name="Item">What to show.</param>
/// <param name="Language">The address's language (the page's interface is in it).</param>
/// <param name="NotTranslated">The original is shown because no translation exists (its text is in the default language).</param>
/// <param name="OutOfDate">A translation whose original was reviewed after it.</param>
/// <param name="Original">For a translation, the original it translates.</param>
/// <param name="RedirectTo">The reader asked for the original's slug under a language prefix, and the translation lives at this address.</param>
/// <param name="Languages">The page's address in each language it is in, for hreflang and the language switcher.</param>
public sealed record TranslatedContent(
    ContentItem Item, string Language, bool NotTranslated, bool OutOfDate, ContentItem? Original, string? RedirectTo,
    IReadOnlyDictionary<string, string> Languages)
{
    /// <summary>
    /// Finds <paramref name="slug"/> for the address's <paramref name="language"/>, with <paramref name="find"/>
    /// looking up an original (and deciding who may see it); null when there is nothing to show. Until
    /// translations are <paramref name="published"/>, nothing is shown under a language prefix and no
    /// page names its translations.
    /// </summary>
    public static TranslatedContent? Find(
        CatalogSnapshot snapshot, string language, bool published, ContentKind kind, string slug, Func<string, ContentItem?> find, Func<ContentItem, bool> visible)
    {
        if (!published)
        {
            return language == SiteLanguages.Default && find(slug) is { } only
                ? new(only, language, false, false, null, null, new Dictionary<string, string>())
                : null;
        }

        if (language == SiteLanguages.Default)
        {
            return find(slug) is { } original ? new(original, language, false, false, null, null, LanguagesOf(snapshot, original, visible)) : null;
        }

        if (snapshot.FindTranslated(language, kind, slug) is { } translation && visible(translation))
        {
            var of = snapshot.OriginalOf(translation);
            return new(translation, language, false, snapshot.IsOutOfDate(translation), of, null,
                of is null ? new Dictionary<string, string>() : LanguagesOf(snapshot, of, visible));
        }

        if (find(slug) is not { } english)
        {
            return null;
        }

        var translated = snapshot.TranslationOf(english, language);
        return translated is not null && visible(translated)
            ? new(english, language, false, false, null, translated.UrlPath, new Dictionary<string, string>())
            : new(english, language, true, false, null, null, LanguagesOf(snapshot, english, visible));
    }

    /// <summary>The original's address in the default language, and each visible translation's in its own.</summary>
    private static Dictionary<string, string> LanguagesOf(CatalogSnapshot snapshot, ContentItem original, Func<ContentItem, bool> visible)
    {
        var languages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var language in SiteLanguages.Translations)
        {
            if (snapshot.TranslationOf(original, language.Code) is { } translation && visible(translation))
            {
                languages[language.Code] = translation.UrlPath;
            }
        }

        if (languages.Count > 0)
        {
            languages[SiteLanguages.Default] = original.UrlPath;
        }

        return languages;
    }
}
