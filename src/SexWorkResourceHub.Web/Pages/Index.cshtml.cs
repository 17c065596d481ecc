using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Pages.Shared;

namespace SexWorkResourceHub.Web.Pages;

public sealed class IndexModel(ContentCatalog catalog, ContentAudienceProvider audiences) : SitePageModel
{
    /// <summary>The explainers in reading order: the earliest are the foundations the later ones build on.</summary>
    public IReadOnlyList<Article> KeyExplainers { get; private set; } = [];

    public void OnGet()
    {
        KeyExplainers = [.. catalog.Current.VisibleArticles(audiences.For(User)).Reverse().Take(8)];
    }
}
