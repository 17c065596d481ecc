using Microsoft.Extensions.Localization;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Pages.Shared;

namespace SexWorkResourceHub.Web.Pages.Articles;

public sealed class IndexModel(ContentCatalog catalog, ContentAudienceProvider audiences, IStringLocalizer<SharedResource> localizer) : SitePageModel
{
    public IReadOnlyList<Article> Articles { get; private set; } = [];

    /// <summary>The reading path: the articles with an `order`, in that order.</summary>
    public IReadOnlyList<Article> StartHere { get; private set; } = [];

    /// <summary>Every other article, newest first.</summary>
    public IReadOnlyList<Article> Others { get; private set; } = [];

    public IReadOnlyList<string> Tags { get; private set; } = [];

    /// <summary>The list in the address's language; an article not translated into it is listed in the default language.</summary>
    public void OnGet()
    {
        var language = PageLanguage;
        var snapshot = catalog.Current;
        var audience = audiences.For(User);
        var originals = snapshot.VisibleArticles(audience).ToList();
        Articles = language == SiteLanguages.Default
            ? originals
            : [.. originals.Select(a => snapshot.TranslationOf(a, language) is Article t && audience.CanSee(t) ? t : a)
                .Concat(snapshot.Translations.OfType<Article>().Where(t => t.Language == language && t.TranslationOf is null && audience.CanSee(t)))
                .OrderByDescending(a => a.Published)];
        StartHere = [.. Articles.Where(a => a.Order is not null).OrderBy(a => a.Order).ThenBy(a => a.Title, StringComparer.OrdinalIgnoreCase)];
        Others = [.. Articles.Where(a => a.Order is null)];
        // Tag pages are in the default language only, for now.
        Tags = language == SiteLanguages.Default ? [.. Articles.SelectMany(a => a.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)] : [];
        Meta = new PageMetadata(localizer["Explainers"],
            localizer["Plain-language explainers on sex work, sex trafficking, US law and FOSTA-SESTA, each with its sources and review date."],
            SiteLanguages.InLanguage("/articles", language))
        {
            Languages = InEveryLanguage("/articles"),
        };
    }
}
