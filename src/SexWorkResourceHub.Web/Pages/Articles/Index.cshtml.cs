using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Pages.Shared;

namespace SexWorkResourceHub.Web.Pages.Articles;

public sealed class IndexModel(ContentCatalog catalog, ContentAudienceProvider audiences) : SitePageModel
{
    public IReadOnlyList<Article> Articles { get; private set; } = [];

    public IReadOnlyList<string> Tags { get; private set; } = [];

    public void OnGet()
    {
        Articles = [.. catalog.Current.VisibleArticles(audiences.For(User))];
        Tags = [.. Articles.SelectMany(a => a.Tags).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        Meta = new PageMetadata("Explainers",
            "Plain-language explainers on sex work, sex trafficking, US law and FOSTA-SESTA, each with its sources and review date.",
            "/articles");
    }
}
