using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Infrastructure;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Pages.Shared;
using SexWorkResourceHub.Web.Events;
using SexWorkResourceHub.Web.Localization;

namespace SexWorkResourceHub.Web.Pages;

public sealed class IndexModel(ContentCatalog catalog, ContentAudienceProvider audiences, HubDbContext db, TimeProvider time, IOptions<SiteOptions> site) : SitePageModel
{
    public const int EventsShown = 3;

    /// <summary>The explainers in reading order: the earliest are the foundations the later ones build on.</summary>
    public IReadOnlyList<Article> KeyExplainers { get; private set; } = [];

    public IReadOnlyList<EventOccurrence> NextEvents { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var snapshot = catalog.Current;
        var audience = audiences.For(User);
        // In another language, each explainer's translation where it has one the reader may see.
        KeyExplainers = [.. snapshot.VisibleArticles(audience).Reverse().Take(8)
            .Select(a => PageLanguage != SiteLanguages.Default && snapshot.TranslationOf(a, PageLanguage) is Article t && audience.CanSee(t) ? t : a)];
        Now = time.GetUtcNow();
        var events = await db.Events.AsNoTracking().ToListAsync(cancellationToken);
        NextEvents = [.. EventSchedule.Upcoming(events, Now).Take(EventsShown)];
        Meta = new PageMetadata(Ui.T(PageMetadata.Default.Title), Ui.T(PageMetadata.Default.Description), SiteLanguages.InLanguage("/", PageLanguage))
        {
            StructuredData = StructuredData.Organization(site.Value),
            Languages = InEveryLanguage("/"),
        };
    }
}
