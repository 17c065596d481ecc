using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Pages.Shared;
using SexWorkResourceHub.Web.Resources;
using SexWorkResourceHub.Web.Localization;

namespace SexWorkResourceHub.Web.Pages.GetHelp;

/// <summary>
/// /get-help: the emergency number first, then the help lines and support services from the store
/// (one place for numbers and hours), then the guidance from content/pages/get-help.md.
/// </summary>
public sealed class IndexModel(HubDbContext db, ContentCatalog catalog, ContentAudienceProvider audiences) : SitePageModel
{
    public const string PageSlug = "get-help";

    /// <summary>The tag that puts a hotline under "Other crisis lines": lines for needs beyond this site's subject.</summary>
    public const string CrisisLineTag = "crisis-line";

    public IReadOnlyList<Resource> HelpLines { get; private set; } = [];

    public IReadOnlyList<Resource> CrisisLines { get; private set; } = [];

    public IReadOnlyList<Resource> Services { get; private set; } = [];

    public SitePage? Guidance { get; private set; }

    public bool GuidanceDueForReview { get; private set; }

    /// <summary>Whether the guidance is the English (no translation yet) or a translation that may be behind it, for the notice above it.</summary>
    public TranslatedContent? GuidanceVersion { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var resources = await db.Resources.Listed().AsNoTracking()
            .Where(r => ResourceLabels.ContactedKinds.Contains(r.Kind))
            .ToListAsync(cancellationToken);
        // Lines that answer in the page's language first (on the Spanish page, those that list Spanish),
        // then the national trafficking hotline, then by name: the order a reader in a hurry needs.
        var language = PageLanguage;
        var hotlines = resources.Where(r => r.Kind == ResourceKind.Hotline)
            .OrderBy(r => language != SiteLanguages.Default && !r.Languages.Contains(language))
            .ThenBy(r => r.Scope != RegionScope.National).ThenBy(r => r.Name).ToList();
        HelpLines = [.. hotlines.Where(r => !r.Tags.Contains(CrisisLineTag))];
        CrisisLines = [.. hotlines.Where(r => r.Tags.Contains(CrisisLineTag))];
        Services = [.. resources.Where(r => r.Kind != ResourceKind.Hotline)
            .OrderBy(r => language != SiteLanguages.Default && !r.Languages.Contains(language)).ThenBy(r => r.Name)];
        var snapshot = catalog.Current;
        var english = snapshot.FindPage(PageSlug);
        var translated = english is null || language == SiteLanguages.Default ? null : snapshot.TranslationOf(english, language) as SitePage;
        Guidance = translated ?? english;
        GuidanceVersion = Guidance is null ? null : new TranslatedContent(Guidance, language,
            NotTranslated: language != SiteLanguages.Default && translated is null,
            OutOfDate: translated is not null && snapshot.IsOutOfDate(translated),
            Original: translated is null ? null : english, RedirectTo: null, Languages: new Dictionary<string, string>());
        GuidanceDueForReview = Guidance?.IsDueForReview(audiences.Today) == true;
        Meta = new PageMetadata(Ui.T("Get help"),
            Guidance?.Summary ?? Ui.T("If you are in immediate danger, call 911. Help lines and support services, and how to reach them."),
            LanguageLinks.For(snapshot, language, "/" + PageSlug))
        {
            // Someone sending this page to a friend in trouble should not show the friend's situation in the preview.
            NeutralPreview = true,
            Languages = InEveryLanguage("/" + PageSlug),
        };
    }
}
