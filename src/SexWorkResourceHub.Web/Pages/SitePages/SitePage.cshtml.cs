using Microsoft.AspNetCore.Mvc;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Pages.Shared;

namespace SexWorkResourceHub.Web.Pages.SitePages;

/// <summary>A page from content/pages at /{slug}: about, privacy, glossary, safe browsing, get help.</summary>
public sealed class ContentPageModel(ContentCatalog catalog, ContentAudienceProvider audiences) : SitePageModel
{
    public SitePage SitePage { get; private set; } = null!;

    public bool DueForReview { get; private set; }

    public IActionResult OnGet(string slug)
    {
        if (catalog.Current.FindPage(slug) is not { } page)
        {
            return NotFound();
        }

        SitePage = page;
        DueForReview = page.IsDueForReview(audiences.Today);
        Meta = new PageMetadata(page.Title, page.Summary, page.UrlPath) { NeutralPreview = page.NeutralPreview };
        return Page();
    }
}
