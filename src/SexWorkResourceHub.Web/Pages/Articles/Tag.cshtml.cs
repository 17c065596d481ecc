using Microsoft.AspNetCore.Mvc;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Pages.Shared;

namespace SexWorkResourceHub.Web.Pages.Articles;

public sealed class TagModel(ContentCatalog catalog, ContentAudienceProvider audiences) : SitePageModel
{
    public string Tag { get; private set; } = string.Empty;

    public string Label { get; private set; } = string.Empty;

    public IReadOnlyList<Article> Articles { get; private set; } = [];

    public IActionResult OnGet(string tag)
    {
        Articles = [.. catalog.Current.VisibleArticles(audiences.For(User)).Where(a => a.Tags.Contains(tag))];
        if (Articles.Count == 0)
        {
            return NotFound();
        }

        Tag = tag;
        Label = catalog.Current.TagList.Label(tag);
        Meta = new PageMetadata($"Explainers: {Label}", $"Explainers on {Label.ToLowerInvariant()}: sex work, trafficking and the law, with sources.", $"/articles/tags/{tag}");
        return Page();
    }
}
