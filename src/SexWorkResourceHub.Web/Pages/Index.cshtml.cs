using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SexWorkResourceHub.Web.Infrastructure;
using SexWorkResourceHub.Web.Content;
using SexWorkResourceHub.Web.Data;
using SexWorkResourceHub.Web.Pages.Shared;
using SexWorkResourceHub.Web.Events;

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
        KeyExplainers = [.. catalog.Current.VisibleArticles(audiences.For(User)).Reverse().Take(8)];
        Now = time.GetUtcNow();
        var events = await db.Events.AsNoTracking().ToListAsync(cancellationToken);
        NextEvents = [.. EventSchedule.Upcoming(events, Now).Take(EventsShown)];
        Meta = PageMetadata.Default with { StructuredData = StructuredData.Organization(site.Value) };
    }
}
