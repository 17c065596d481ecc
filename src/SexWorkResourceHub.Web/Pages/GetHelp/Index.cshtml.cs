using Microsoft.EntityFrameworkCore;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Data.Entities;
using SexWorkResourceHub.Web.Pages.Shared;
using SexWorkResourceHub.Web.Resources;

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

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var resources = await db.Resources.Listed().AsNoTracking()
            .Where(r => ResourceLabels.ContactedKinds.Contains(r.Kind))
            .ToListAsync(cancellationToken);
        // The national trafficking hotline first, then by name: the order a reader in a hurry needs.
        var hotlines = resources.Where(r => r.Kind == ResourceKind.Hotline).OrderBy(r => r.Scope != RegionScope.National).ThenBy(r => r.Name).ToList();
        HelpLines = [.. hotlines.Where(r => !r.Tags.Contains(CrisisLineTag))];
        CrisisLines = [.. hotlines.Where(r => r.Tags.Contains(CrisisLineTag))];
        Services = [.. resources.Where(r => r.Kind != ResourceKind.Hotline).OrderBy(r => r.Name)];
        Guidance = catalog.Current.FindPage(PageSlug);
        GuidanceDueForReview = Guidance?.IsDueForReview(audiences.Today) == true;
        Meta = new PageMetadata("Get help",
            Guidance?.Summary ?? "If you are in immediate danger, call 911. Help lines and support services, and how to reach them.",
            "/" + PageSlug)
        {
            // Someone sending this page to a friend in trouble should not show the friend's situation in the preview.
            NeutralPreview = true,
        };
    }
}
