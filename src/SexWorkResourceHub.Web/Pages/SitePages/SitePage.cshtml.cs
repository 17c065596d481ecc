using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Infrastructure;
using SexWorkResourceHub.Web.Pages.Shared;

namespace SexWorkResourceHub.Web.Pages.SitePages;

/// <summary>A page from content/pages at /{slug}: about, privacy, glossary, safe browsing, get help.</summary>
public sealed class ContentPageModel(ContentCatalog catalog, ContentAudienceProvider audiences, IOptions<SiteOptions> site) : SitePageModel
{
    public SitePage SitePage { get; private set; } = null!;

    /// <summary>Which version the address gets: a translation, or the original with a notice.</summary>
    public TranslatedContent Version { get; private set; } = null!;

    public bool DueForReview { get; private set; }

    public IActionResult OnGet(string slug)
    {
        var snapshot = catalog.Current;
        var language = PageLanguage;
        var found = TranslatedContent.Find(snapshot, language, site.Value.PublishTranslations, ContentKind.Page, slug, snapshot.FindPage, _ => true);
        if (found is null)
        {
            return NotFound();
        }

        if (found.RedirectTo is { } translated)
        {
            return RedirectPermanent(translated);
        }

        var page = (SitePage)found.Item;
        Version = found;
        SitePage = page;
        DueForReview = page.IsDueForReview(audiences.Today);
        // An untranslated page under a language prefix is a copy of the original: its canonical address is the original's.
        Meta = new PageMetadata(page.Title, page.Summary, page.UrlPath) { NeutralPreview = page.NeutralPreview, Languages = found.Languages };
        return Page();
    }
}
