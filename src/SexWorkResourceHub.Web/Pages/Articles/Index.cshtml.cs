using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Pages.Shared;

namespace SexWorkResourceHub.Web.Pages.Articles;

public sealed class IndexModel(ContentCatalog catalog, ContentAudienceProvider audiences) : SitePageModel
{
    public IReadOnlyList<Article> Articles { get; private set; } = [];

    /// <summary>The reading path: the articles with an `order`, in that order.</summary>
    public IReadOnlyList<Article> StartHere { get; private set; } = [];

    /// <summary>Every other article, newest first.</summary>
    public IReadOnlyList<Article> Others { get; private set; } = [];

    public IReadOnlyList<string> Tags { get; private set; } = [];

    public void OnGet()
    {
        Articles = [.. catalog.Current.VisibleArticles(audiences.For(User))];
        StartHere = [.. Articles.Where(a => a.Order is not null).OrderBy(a => a.Order).ThenBy(a => a.Title, StringComparer.OrdinalIgnoreCase)];
        Others = [.. Articles.Where(a => a.Order is null)];
        Tags = [.. Articles.SelectMany(a => a.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        Meta = new PageMetadata("Explainers",
            "Plain-language explainers on sex work, sex trafficking, US law and FOSTA-SESTA, each with its sources and review date.",
            "/articles");
    }
}
